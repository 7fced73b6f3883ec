/* compare.h - what compare.c and its sentences (compare_explain.c) share. */
#ifndef CS_CMD_COMPARE_H
#define CS_CMD_COMPARE_H

#include <stdint.h>
#include "cli/frame/command.h"
#include "cli/frame/rowsel.h"
#include "analysis/compare.h"

struct compare_opts {
	struct cs_success success;  /* col NULL: the calculator form */
	const char *by, *groups;
	int all;                    /* --method all */
	uint64_t named;             /* bit i: cs_cmp_methods[i] named by --method */
	unsigned measures;          /* bit per measure kept by --measure; 0 = all */
	char *name[2];              /* the groups in sentences: "rows with channel = 'Kaspi'" (compute) */
};

enum { CMP_MEASURE, CMP_EST, CMP_LO, CMP_HI, CMP_METHOD, CMP_CONF };

/* What a row knows besides its cells.  Its counts: 0 successes and 1
 * failures of group 1, 2 and 3 of group 2, 4 the rows left out. */
struct compare_row {
	const struct cs_cmp_method *method;
	struct cs_cmp_result r;
};

/* Reading a FILE (compare_read.c), and the two groups it found: their
 * counts, the rows left out, and o->name. */
extern const struct cs_reduce cs_compare_reduce;
int cs_compare_pick(const void *data, struct compare_opts *o, struct cs_2x2 *t, int64_t *missing,
		    struct cs_err *err);

/* --method and --measure (compare_methods.c): dest is the whole struct
 * compare_opts.  Whether measure m is kept, method i shown; the methods
 * part of --help. */
int cs_compare_opt_method(void *dest, const char *v, const struct cs_opt_use *u, struct cs_err *err);
int cs_compare_opt_measure(void *dest, const char *v, const struct cs_opt_use *u, struct cs_err *err);
int cs_compare_measure_kept(const struct compare_opts *o, enum cs_cmp_measure m);
int cs_compare_selected(const struct compare_opts *o, size_t i);
int cs_compare_help_part(FILE *out, const char *name);

void cs_compare_explain(const struct cs_job *job, const struct cs_result *res, size_t row, struct cs_text *t);

extern const struct cs_command cs_cmd_compare;

#endif
