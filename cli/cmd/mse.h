/* mse.h - what the files of casestat mse share.
 *
 *   mse.c          options, plan, compute, the command
 *   mse_read.c     the FILE (one row per person, or per pattern with
 *                  --count) and the PATTERN=COUNT operands
 *   mse_group.c    the estimates of one group (analysis/mse.h)
 *   mse_rows.c     --min-cell decisions, a group's rows, the sums over
 *                  strata
 *   mse_explain.c, mse_words.c   the sentences
 *   mse_chart.c    the two charts of --plot
 *
 * A group is the whole input, or one stratum of --by.  Lists are numbered
 * by their position in --lists (or in the patterns) from 1; a group whose
 * list holds nobody is estimated from the lists that hold someone, with
 * its models still written in the positions of all the lists. */
#ifndef CS_CMD_MSE_H
#define CS_CMD_MSE_H

#include <stdint.h>
#include "cli/core/names.h"
#include "cli/frame/command.h"
#include "analysis/mse.h"

#define MSE_NPAT CS_MSE_MAX_CELLS
#define MSE_MODEL_TEXT 96
/* The second chart of --plot FILE.EXT is FILE_patterns.EXT. */
#define MSE_PATTERNS_SUFFIX "_patterns"
/* The label of the rows that add up the strata. */
#define MSE_SUM_LABEL "all strata"
/* Models within this distance of the best criterion "fit almost as well". */
#define MSE_NEAR 2.0

struct mse_two_choice {            /* --method */
	const struct cs_mse2_method *m; /* NULL: all */
	int given;
};

struct mse_opts {
	struct cs_names lists;         /* --lists, as given */
	const char *count, *by, *model_spec;
	const struct cs_mse_interval *interval;
	struct mse_two_choice method;
	int crit;                      /* --criterion: enum cs_mse_criterion, or -1 when not given */
	long models;                   /* --models: 0 all, -1 not given (5) */
	/* plan */
	int t;                         /* number of lists */
	const char *name[CS_MSE_MAX_LISTS];   /* the lists' names (borrowed, or the digits) */
	struct cs_mse_model model;     /* --model, parsed for t lists */
	int have_model;
	int64_t calc[MSE_NPAT];        /* the calculator's counts */
};

/* The columns; MSE_GROUP is there only with --by, and the others move
 * one place left without it (mse_col). */
enum { MSE_GROUP, MSE_MODEL, MSE_LISTS, MSE_OBS, MSE_EST, MSE_UNOBS, MSE_SE, MSE_LO, MSE_HI, MSE_INTERVAL,
       MSE_DF, MSE_DEV, MSE_AIC, MSE_BIC, MSE_CONF, MSE_NCOLS };
extern const struct cs_column cs_mse_columns[MSE_NCOLS];
static inline size_t mse_col(const struct mse_opts *o, int c)
{
	return (size_t)c - (o->by ? 0 : 1);
}

/* What a row is. */
enum mse_kind {
	MSE_LOGLIN,     /* a log-linear model (3 or more lists) */
	MSE_TWO,        /* a two-list estimator */
	MSE_CHAO,       /* Chao's lower bound */
	MSE_NONE,       /* the group has no estimate at all (MSE_WHY_*) */
	MSE_SUM,        /* the sum over strata of the rows of one kind */
};

/* Why a group or a row has no estimate, besides the CS_MSE_NOTE_* of the
 * analysis. */
enum {
	MSE_WHY_FEW_LISTS = 1u << 0,   /* fewer lists hold records than the rule needs */
	MSE_WHY_NOBODY    = 1u << 1,   /* nobody is on any list in the group */
	MSE_WHY_MODEL_GONE = 1u << 2,  /* --model names a list that holds nobody here */
	MSE_WHY_MODEL_FULL = 1u << 3,  /* --model has a term of every list that holds records here */
	MSE_WHY_NO_PROFILE = 1u << 4,  /* the estimate has no profile interval (no convergence) */
	MSE_WHY_STRATA    = 1u << 5,   /* a sum: some stratum has no estimate */
	MSE_WHY_TOO_MANY  = 1u << 6,   /* counts add up to more than 2^53 */
};

/* One row of a group, before it is a row of the result. */
struct mse_entry {
	int kind;
	int ok;                         /* there is an estimate */
	unsigned notes;                 /* CS_MSE_NOTE_* */
	unsigned why;                   /* MSE_WHY_* */
	char model[MSE_MODEL_TEXT];     /* "12,13" in list positions; "chapman"; "chao"; "sum"; "" */
	const struct cs_mse2_method *method;     /* MSE_TWO (and its sums) */
	const struct cs_mse_interval *interval;  /* NULL when there is no interval */
	double estimate, unobserved, se, lower, upper;
	int df;                         /* -1: none */
	double deviance, aic, bic;      /* NAN: none */
	double gap;                     /* criterion minus the best one's (MSE_LOGLIN), else NAN */
	int chosen;                     /* the group's estimate: what the sum adds up */
};

/* What a group's sentences need besides its rows. */
struct mse_facts {
	int t, used;                    /* lists, and how many hold anyone */
	unsigned mask;                  /* which (bit i: list i+1) */
	size_t nmodels, nfitted;        /* the model space searched, and the models with an estimate */
	size_t nnear;                   /* models within MSE_NEAR of the best, the best included */
	double near_lo, near_hi;        /* the range of their estimates */
	double other_lo, other_hi;      /* the same without the best model's */
	char best[MSE_MODEL_TEXT];      /* the best model by the criterion */
	double given_gap;               /* --model: its criterion minus the best's (NAN: not fitted) */
	int narrowed;                   /* six lists: two-way interactions only */
};

/* The entries of one group: *entries (caller frees) and its facts. */
struct mse_group {
	const char *label;              /* NULL: no --by */
	double y[MSE_NPAT];             /* people by capture pattern, in the positions of all lists */
	int64_t n;                      /* people observed */
	int too_many;                   /* the counts passed 2^53 */
};
int cs_mse_group_estimate(const struct cs_job *job, const struct mse_group *g, struct mse_entry **entries,
			  size_t *nentries, struct mse_facts *facts, struct cs_err *err);

/* The model written in the positions of the lists: term bits of the
 * sub-table of the lists in mask mapped back ("1,3,4" when list 2 holds
 * nobody). */
void cs_mse_model_text(const struct cs_mse_model *m, unsigned mask, char *buf, size_t size);
/* --model mapped to the lists in mask: 0, or MSE_WHY_MODEL_GONE /
 * MSE_WHY_MODEL_FULL. */
unsigned cs_mse_model_restrict(const struct cs_mse_model *m, int t, unsigned mask, struct cs_mse_model *out);
/* The counts of the lists in mask as a table of popcount(mask) lists. */
void cs_mse_sub_counts(const double *y, int t, unsigned mask, double *sub);

/* ---- --min-cell (mse_hide.c) ------------------------------------------ */

/* The decisions for a group's cells. */
struct mse_decide {
	enum cs_sup_why n, y[MSE_NPAT], f1, f2;
};
/* Decide for every group (dec[ng] is the total over the strata, with by):
 * CS_OK or CS_ENOMEM. */
int cs_mse_decide(const struct mse_group *g, size_t ng, int t, int64_t k, int by, struct mse_decide *dec);

/* ---- rows of the result (mse_rows.c) ---------------------------------- */

/* What a row of the result knows besides its cells. */
struct mse_row {
	int kind, ok, chosen, first;    /* first: the first row of its group */
	int of;                         /* a sum: the kind of the rows it adds up */
	int hidden_n;                   /* --min-cell hides the group's number observed */
	unsigned notes, why;
	double gap, upper;              /* upper: +INFINITY kept here (the cell is empty) */
	size_t group;                   /* index of its group (the sums: ngroups) */
	struct mse_facts facts;         /* of its group (first rows) */
	/* the sums */
	size_t nstrata, nmissing;       /* strata, and those without an estimate */
	char missing[96];               /* the first of those */
	/* the capture patterns (first rows): counts, hidden ones 0 */
	double y[MSE_NPAT];
	unsigned char hidden[MSE_NPAT];
};

/* Every row of the result from the groups (sorted as they are to be
 * shown). */
int cs_mse_rows(const struct cs_job *job, struct mse_group *g, size_t ng, struct cs_result *res,
		struct cs_err *err);

/* ---- reading (mse_read.c) --------------------------------------------- */

/* The value block of a group: counts by pattern, and the rows read. */
struct mse_counts {
	int64_t y[MSE_NPAT];
	int64_t rows;
};
extern const struct cs_reduce cs_mse_reduce;
/* Is this operand a PATTERN=COUNT? */
int cs_mse_is_pattern(const char *s);
/* The operands into o->calc and o->t.  0 or a usage error. */
int cs_mse_operands(struct mse_opts *o, const char *const *operand, size_t n, struct cs_err *err);

/* ---- sentences (mse_explain.c, mse_words.c) ---------------------------- */

/* List k+1 as the sentences name it ("Memorial", or "list 2"). */
void cs_mse_list_name(const struct mse_opts *o, int k, struct cs_text *t);
/* The lists in mask: "A, B and C". */
void cs_mse_list_names(const struct mse_opts *o, unsigned mask, struct cs_text *t);
/* A model's interactions: "dependence between A and B, and among B, C and
 * D together", or "the lists independent". */
void cs_mse_model_words(const struct mse_opts *o, const char *model, struct cs_text *t);
const char *cs_mse_crit_name(const struct mse_opts *o);
/* A number of people for a sentence: "5,422", or "5.4" under 100. */
void cs_mse_people(char *buf, size_t size, double v);
/* The decimals that show an estimate and its limits together: 0 for
 * 4,640 (4,424 to 4,876), 1 for 16.3 (15.2 to 23.6) or 500.1 (500.0 to
 * 500.3), 2 or more when the limits are less than 0.2 apart: enough to
 * put ten units of the last decimal between them (at most 9). */
int cs_mse_decimals(double est, double lo, double hi);
/* ". With 95% confidence it lies between L and U (profile likelihood)."
 * and what its edge cases mean; n: the people the lists name. */
void cs_mse_interval_words(const struct cs_job *job, const struct cs_mse_interval *iv, double lower, double upper,
			   unsigned notes, double n, int dec, struct cs_text *t);
/* Why row d has no estimate, as a clause. */
void cs_mse_fail_words(const struct mse_row *d, struct cs_text *t);
/* "model 12,13 (dependence between A and B)"; capital: "Model ...". */
void cs_mse_model_name(const struct mse_opts *o, const char *model, int capital, struct cs_text *t);
/* "the total is estimated at E people, U more than the lists name. With
 * 95% confidence ..." for row r of the result ("The total ..." when
 * capital). */
void cs_mse_estimate_words(const struct cs_job *job, const struct cs_result *res, size_t r, double n,
			   int capital, struct cs_text *t);
/* The sentences of the first row of a group (mse_intro.c). */
void cs_mse_group_words(const struct cs_job *job, const struct cs_result *res, size_t r, int64_t n,
			struct cs_text *t);
/* The four assumptions and what breaking each does. */
void cs_mse_assumptions(const struct mse_opts *o, struct cs_text *t);

void cs_mse_explain(const struct cs_job *job, const struct cs_result *res, size_t row, struct cs_text *t);
int cs_mse_chart(const struct cs_job *job, const struct cs_result *res, const struct cs_chart_target *pt,
		 struct cs_err *err);

extern const struct cs_command cs_cmd_mse;

#endif
