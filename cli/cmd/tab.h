/* tab.h - what the files of casestat tab share. */
#ifndef CS_CMD_TAB_H
#define CS_CMD_TAB_H

#include <stdint.h>
#include "cli/core/dates.h"
#include "cli/frame/command.h"
#include "analysis/multinom.h"

enum tab_sort { SORT_DEFAULT, SORT_COUNT, SORT_NAME };

struct tab_opts {
	const char *by_spec;                       /* --by as given */
	char *by;                                  /* its column (owned); NULL: calculator */
	enum cs_bucket bucket;
	const struct cs_multinom_method *method;   /* NULL = all */
	enum tab_sort sort;
};

enum { TAB_CAT, TAB_COUNT, TAB_N, TAB_MISSING, TAB_SHARE, TAB_LO, TAB_HI, TAB_METHOD, TAB_CONF };

/* What a row knows besides its cells.  Its counts: 0 the category's,
 * 1 the total n, 2 the rows left out. */
struct tab_row {
	const struct cs_multinom_method *method;
	size_t ncats;
};

/* The categories, whichever form they came from (names borrowed). */
struct tab_cats {
	size_t k;
	const char **name;
	int64_t *count;
	int64_t n, missing;
};

/* Reading a FILE (tab_read.c); cs_tab_cats() gives its categories (with
 * the empty periods between the first and the last for date buckets);
 * free the arrays. */
extern const struct cs_reduce cs_tab_reduce;
int cs_tab_cats(void *data, const struct tab_opts *o, int selected, struct tab_cats *c, struct cs_err *err);

/* The columns, and the rows of categories c in res (tab_rows.c). */
#define CS_TAB_NCOLS 9
extern const struct cs_column cs_tab_columns[CS_TAB_NCOLS];
int cs_tab_emit(const struct cs_job *job, const struct tab_cats *c, struct cs_result *res, struct cs_err *err);

void cs_tab_explain(const struct cs_job *job, const struct cs_result *res, size_t row, struct cs_text *t);

extern const struct cs_command cs_cmd_tab;

#endif
