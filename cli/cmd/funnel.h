/* funnel.h - what the files of casestat funnel share. */
#ifndef CS_CMD_FUNNEL_H
#define CS_CMD_FUNNEL_H

#include "cli/core/names.h"
#include "cli/core/namedcount.h"
#include "cli/frame/command.h"
#include "analysis/proportion.h"

/* The name of the first stage when it is all rows of a file. */
#define CS_FUNNEL_ALL_ROWS "all rows"

struct funnel_opts {
	const struct cs_prop_method *method;   /* NULL = all */
	const char *base;
	struct cs_names stage;                 /* --stages */
	struct cs_named_list stages;           /* the stages found (compute); names owned */
	int all_rows;                          /* the first stage is every row of the file */
};

enum { FUN_STAGE, FUN_REL, FUN_X, FUN_N, FUN_EST, FUN_LO, FUN_HI, FUN_METHOD, FUN_CONF };

/* What a row knows besides its cells: stage i against stage j (i - 1, or
 * 0 for relative_to = first).  Its counts: 0 stage i, 1 stage j, 2 the
 * first stage. */
struct funnel_row {
	size_t i, j;
	int rel;                /* relative_to = first */
	int first_method;       /* the first of the methods shown (one bar per stage) */
	int have;               /* stage j is not empty */
	unsigned notes;         /* CS_NOTE_* of the interval */
};

/* Reading a FILE (funnel_read.c): the stage counts into o->stages. */
extern const struct cs_reduce cs_funnel_reduce;
int cs_funnel_stages(const void *data, struct funnel_opts *o, struct cs_err *err);

void cs_funnel_explain(const struct cs_job *job, const struct cs_result *res, size_t row, struct cs_text *t);

extern const struct cs_command cs_cmd_funnel;

#endif
