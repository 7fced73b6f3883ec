/* prop.h - what prop.c and its sentences (prop_explain.c) share. */
#ifndef CS_CMD_PROP_H
#define CS_CMD_PROP_H

#include "cli/frame/command.h"
#include "cli/frame/rowsel.h"
#include "analysis/proportion.h"

struct prop_opts {
	struct cs_success success;             /* col NULL: not the --success form */
	const char *by, *count, *total, *label;
	const struct cs_prop_method *method;   /* NULL = all */
	enum cs_sides sides;
};

enum { PROP_GROUP, PROP_X, PROP_N, PROP_MISSING, PROP_EST, PROP_LO, PROP_HI, PROP_METHOD, PROP_CONF };

/* What a row knows besides its cells (the counts are the row's counts
 * 0 x, 1 n, 2 missing). */
struct prop_row {
	int label_in_text;     /* the sentences start with the group */
	int have;              /* n > 0: there is an interval */
	struct cs_interval ci;
};

/* Reading a FILE (prop_read.c): a struct cs_by_group of struct
 * cs_success_counts; a total above 2^53 is 2^53 + 1 in the merged counts. */
extern const struct cs_reduce cs_prop_reduce;

void cs_prop_explain(const struct cs_job *job, const struct cs_result *res, size_t row, struct cs_text *t);

extern const struct cs_command cs_cmd_prop;

#endif
