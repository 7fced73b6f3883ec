/* reduce.c - read a FILE once and reduce its rows (see reduce.h). */
#include "cli/frame/reduce.h"
#include "cli/core/cachelines.h"
#include "cli/core/dates.h"
#include "cli/core/fold.h"
#include "cli/core/text.h"
#include "cli/frame/labels.h"
#include "cli/frame/rowsel.h"
#include "cli/io/input.h"

#include <stdlib.h>
#include <string.h>

/* What every reading thread does to a row before the command sees it,
 * decided once from the job. */
struct plan {
	size_t nc;                     /* values per row: the columns, then the --where ones */
	size_t iwhere;                 /* the first --where value */
	const struct cs_wheres *where;
	const char **col;              /* the columns to read (derived keys: their date column) */
	char **owned;                  /* col[k] when it was made here */
	enum cs_bucket *bucket;        /* a derived key COL:month ...: the bucket of the date */
	long label, match;             /* positions of the group label and of the --success
					* VALUE column, or -1 */
	const char *match_value;
	char **key;                    /* folded VALUE of --where k (key[k]) and of --success (key[nwhere]) */
	size_t *vlen, *klen;           /* the lengths of those VALUEs and of their keys */
	const struct cs_cells *cells;
	const char *input;
	int fold;
	int active;                    /* anything to do but --where compared exactly */
	int rewrite;                   /* values change (derived keys, --fold): rows are copied */
};

/* What a reading thread needs besides the command's context.  Its counter
 * is written on every row, so each slot has cache lines of its own. */
struct slot {
	CS_THREAD_ALIGNED unsigned long matched;
	const struct plan *p;
	int (*row)(void *ctx, const struct cs_row *row, struct cs_err *err);
	void *ctx;
	struct cs_spellings spell;
	const char **val;              /* the values the command sees, when they change */
	size_t *len;
	const char *const *v;          /* the values of this row: val, or the reader's */
	const size_t *l;
	char (*derived)[CS_BUCKET_LABEL];
	char *fkey;                    /* the folded label */
	size_t fcap;
};

static int plain_row(void *vs, const struct cs_row *row, struct cs_err *err)
{
	struct slot *s = vs;
	if (s->p->where->n && !cs_where_match(s->p->where, row, s->p->iwhere))
		return 0;
	s->matched++;
	return s->row(s->ctx, row, err);
}

static int oom(struct cs_err *err)
{
	return cs_err_set(err, CS_EXIT_ENV, "out of memory");
}

/* The bucket label of the date in value k, or "" for a missing one. */
static int derive(struct slot *s, const struct cs_row *row, size_t k, struct cs_err *err)
{
	const struct plan *p = s->p;
	int y, m, d;
	int got = cs_cell_date(p->cells, row, k, p->col[k], p->input, &y, &m, &d, err);
	if (got < 0)
		return CS_EXIT_DATA;
	s->derived[k][0] = '\0';
	if (got)
		cs_bucket_label(p->bucket[k], cs_bucket_index(p->bucket[k], y, m, d), s->derived[k], CS_BUCKET_LABEL);
	s->val[k] = s->derived[k];
	s->len[k] = strlen(s->derived[k]);
	return 0;
}

/* How value k compares with VALUE j (--where j, or --success when j is
 * the number of --where) and its folded key: 2 the same bytes, 1 the same
 * after folding, 0 different. */
static int compare(const struct slot *s, size_t k, const char *value, size_t j)
{
	const struct plan *p = s->p;
	if (s->l[k] == p->vlen[j] && memcmp(s->v[k], value, p->vlen[j]) == 0)
		return 2;
	return cs_fold_equal(s->v[k], s->l[k], p->key[j], p->klen[j]);
}

static int active_row(void *vs, const struct cs_row *row, struct cs_err *err)
{
	struct slot *s = vs;
	const struct plan *p = s->p;
	/* nothing changes: compare the reader's values where they are */
	s->v = p->rewrite ? s->val : row->value;
	s->l = p->rewrite ? s->len : row->len;
	for (size_t k = 0; p->rewrite && k < p->nc; k++) {
		s->val[k] = row->value[k];
		s->len[k] = row->len[k];
		if (p->bucket[k] && derive(s, row, k, err) != 0)
			return CS_EXIT_DATA;
	}
	/* --where: every condition holds, by bytes or (with --fold) by folding;
	 * a row left out only for one cell that folds to its VALUE is noted */
	size_t nw = p->where->n, folded = 0, fk = 0;
	for (size_t w = 0; w < nw; w++) {
		int c = compare(s, p->iwhere + w, p->where->w[w].value, w);
		if (c == 0)
			return 0;
		if (c == 1)
			folded++, fk = w;
	}
	if (folded && !p->fold) {
		if (folded == 1 && cs_spellings_add(&s->spell, CS_SPELL_WHERE + (unsigned)fk, s->v[p->iwhere + fk],
						    s->l[p->iwhere + fk]))
			return oom(err);
		return 0;
	}
	for (size_t w = 0; folded && w < nw; w++) {
		size_t k = p->iwhere + w;
		if (compare(s, k, p->where->w[w].value, w) == 1 &&
		    cs_spellings_add(&s->spell, CS_SPELL_WHERE + (unsigned)w, s->v[k], s->l[k]))
			return oom(err);
	}
	s->matched++;
	if (p->match >= 0) {
		size_t k = (size_t)p->match;
		if (compare(s, k, p->match_value, nw) == 1) {
			if (cs_spellings_add(&s->spell, CS_SPELL_MATCH, s->v[k], s->l[k]))
				return oom(err);
			if (p->fold) {
				s->val[k] = p->match_value;
				s->len[k] = strlen(p->match_value);
			}
		}
	}
	if (p->fold && p->label >= 0 && !p->bucket[p->label]) {
		size_t k = (size_t)p->label;
		if (s->len[k] + 1 > s->fcap) {
			char *b = realloc(s->fkey, 2 * (s->len[k] + 1));
			if (!b)
				return oom(err);
			s->fkey = b;
			s->fcap = 2 * (s->len[k] + 1);
		}
		if (cs_spellings_add(&s->spell, CS_SPELL_LABEL, s->val[k], s->len[k]))
			return oom(err);
		s->len[k] = (size_t)cs_fold_key(s->val[k], s->len[k], s->fkey, s->fcap);
		s->val[k] = s->fkey;
	}
	if (!p->rewrite)
		return s->row(s->ctx, row, err);
	struct cs_row r = *row;
	r.value = s->val;
	r.len = s->len;
	return s->row(s->ctx, &r, err);
}

/* The position among the values read of job column i, or -1 when it is
 * not read. */
static long position(const struct cs_job *job, int i)
{
	if (i < 0 || (size_t)i >= job->ncolumns || !job->columns[i])
		return -1;
	long pos = 0;
	for (int j = 0; j < i; j++)
		pos += job->columns[j] != NULL;
	return pos;
}

static void plan_free(struct plan *p)
{
	for (size_t k = 0; p->owned && k < p->nc; k++)
		free(p->owned[k]);
	for (size_t k = 0; p->key && k <= p->where->n; k++)
		free(p->key[k]);
	free(p->owned);
	free(p->key);
	free(p->vlen);
	free(p->klen);
	free(p->bucket);
	free(p->col);
}

static char *folded(const char *v)
{
	size_t n = strlen(v);
	char *k = malloc(n + 1);
	if (k && cs_fold_key(v, n, k, n + 1) < 0)
		k[0] = '\0';
	return k;
}

static int plan_make(struct plan *p, const struct cs_job *job, struct cs_err *err)
{
	memset(p, 0, sizeof *p);
	const struct cs_common *c = job->common;
	p->where = &c->where;
	p->cells = &c->cells;
	p->input = job->input_name;
	p->fold = c->cells.fold;
	p->col = cs_rows_columns(job->columns, job->ncolumns, p->where, &p->nc, &p->iwhere);
	p->owned = calloc(p->nc + 1, sizeof *p->owned);
	p->bucket = calloc(p->nc + 1, sizeof *p->bucket);
	p->key = calloc(p->where->n + 1, sizeof *p->key);
	p->vlen = calloc(p->where->n + 1, sizeof *p->vlen);
	p->klen = calloc(p->where->n + 1, sizeof *p->klen);
	if (!p->col || !p->owned || !p->bucket || !p->key || !p->vlen || !p->klen)
		return oom(err);
	for (size_t k = 0; k < p->nc; k++) {
		int st = cs_bucket_spec(p->col[k], &p->owned[k], &p->bucket[k]);
		if (st == -2)
			return cs_err_usage(err, job->cmd->name, "invalid column '%s': name the date column before"
					    " ':%s'", p->col[k], strrchr(p->col[k], ':') + 1);
		if (st == 0 && p->bucket[k]) {
			p->col[k] = p->owned[k];
			p->active = p->rewrite = 1;
		} else {
			free(p->owned[k]);
			p->owned[k] = NULL;
			p->bucket[k] = CS_BUCKET_NONE;
		}
	}
	p->label = position(job, job->label);
	p->match = job->match_value ? position(job, job->match) : -1;
	p->match_value = job->match_value;
	for (size_t w = 0; w < p->where->n; w++)
		if (!(p->key[w] = folded(p->where->w[w].value)))
			return oom(err);
	if (p->match >= 0 && !(p->key[p->where->n] = folded(p->match_value)))
		return oom(err);
	for (size_t j = 0; j <= p->where->n; j++)
		if (p->key[j]) {
			p->vlen[j] = strlen(j < p->where->n ? p->where->w[j].value : p->match_value);
			p->klen[j] = strlen(p->key[j]);
		}
	if (p->where->n > CS_SPELL_MAX_WHERE)
		return cs_err_usage(err, job->cmd->name, "at most %d --where conditions", CS_SPELL_MAX_WHERE);
	if (p->where->n || p->match >= 0 || (p->fold && p->label >= 0))
		p->active = 1;
	if (p->fold && (p->where->n || p->match >= 0 || p->label >= 0))
		p->rewrite = 1;
	return 0;
}

static int slot_init(struct slot *s, const struct plan *p)
{
	s->p = p;
	cs_spellings_init(&s->spell);
	s->val = calloc(p->nc + 1, sizeof *s->val);
	s->len = calloc(p->nc + 1, sizeof *s->len);
	s->derived = calloc(p->nc + 1, sizeof *s->derived);
	return s->val && s->len && s->derived ? 0 : -1;
}

static void slot_free(struct slot *s)
{
	cs_spellings_free(&s->spell);
	free(s->val);
	free(s->len);
	free(s->derived);
	free(s->fkey);
}

/* After reading: what the spellings say (labels.h). */
static int report(const struct cs_job *job, const struct cs_reduce *r, const struct plan *p, void *data,
		  const struct cs_spellings *spell)
{
	for (size_t w = 0; w < p->where->n; w++) {
		const struct cs_where *c = &p->where->w[w];
		struct cs_text opt = CS_TEXT_INIT;
		cs_text_add(&opt, "--where %s=%s", c->col, c->value);
		cs_labels_report_value(spell, CS_SPELL_WHERE + (unsigned)w, cs_text_str(&opt), c->col, c->value, p->fold);
		cs_text_free(&opt);
	}
	if (p->match >= 0) {
		const char *col = job->columns[job->match];
		struct cs_text opt = CS_TEXT_INIT;
		cs_text_add(&opt, "--success %s=%s", col, p->match_value);
		cs_labels_report_value(spell, CS_SPELL_MATCH, cs_text_str(&opt), col, p->match_value, p->fold);
		cs_text_free(&opt);
	}
	if (p->label < 0 || p->bucket[p->label] || !r->groups)
		return 0;
	struct cs_groups *g = r->groups(data);
	const char *col = job->columns[job->label];
	if (p->fold)
		return cs_labels_fold_groups(g, spell, col);
	return cs_labels_check_groups(g, r->group_rows, col);
}

int cs_read_reduce(struct cs_job *job, const struct cs_reduce *r, void **data, struct cs_err *err)
{
	*data = NULL;
	int n = r->ordered ? 1 : cs_common_threads(job->common);
	size_t stride = 0;
	struct plan p;
	int rc = plan_make(&p, job, err);
	char *ctx = cs_thread_blocks((size_t)n, r->ctx_size, &stride);
	struct slot *slot = cs_thread_blocks((size_t)n, sizeof *slot, NULL);
	void **slotp = calloc((size_t)n, sizeof *slotp);
	int ready = 0, slots = 0;
	if (!rc && (!ctx || !slot || !slotp))
		rc = oom(err);
	for (; !rc && slots < n; slots++) {
		slot[slots].row = r->row;
		slot[slots].ctx = ctx + (size_t)slots * stride;
		slotp[slots] = &slot[slots];
		if (slot_init(&slot[slots], &p) != 0)
			rc = oom(err);
	}
	for (; !rc && ready < n; ready++)
		if (r->init && (rc = r->init(ctx + (size_t)ready * stride, job)) != 0)
			cs_err_set(err, rc, "out of memory");
	unsigned long nrows = 0;
	if (!rc)
		rc = cs_input_read(job->input, &job->common->in, p.col, p.nc, p.active ? active_row : plain_row, slotp, n,
				   &nrows, &job->found, err);
	/* merge in thread order, so that the result never depends on it */
	for (int k = 1; k < ready; k++) {
		if (!rc && r->merge)
			rc = r->merge(ctx, ctx + (size_t)k * stride, err);
		if (!rc && cs_spellings_merge(&slot[0].spell, &slot[k].spell) != 0)
			rc = oom(err);
		slot[0].matched += slot[k].matched;
		if (r->fini)
			r->fini(ctx + (size_t)k * stride);
	}
	job->nrows = nrows;
	job->matched = ready ? slot[0].matched : 0;
	if (!rc && report(job, r, &p, ctx, &slot[0].spell) != 0)
		rc = oom(err);
	if (!rc)
		rc = cs_rows_check(job->input_name, nrows, job->matched, err);
	for (int k = 0; k < slots; k++)
		slot_free(&slot[k]);
	plan_free(&p);
	free(slot);
	free(slotp);
	if (rc) {
		if (ready && r->fini)
			r->fini(ctx);
		free(ctx);
		return rc;
	}
	*data = ctx;
	return 0;
}

void cs_reduce_free(const struct cs_reduce *r, void *data)
{
	if (data && r->fini)
		r->fini(data);
	free(data);
}

void cs_by_group_init(struct cs_by_group *g, const struct cs_job *job, size_t value_size)
{
	g->opts = job->opts;
	g->cells = &job->common->cells;
	g->input = job->input_name;
	g->selected = job->common->where.n > 0;
	cs_groups_init(&g->groups, value_size);
}

void *cs_by_group_get(struct cs_by_group *g, const struct cs_row *row, long i, struct cs_err *err)
{
	void *v = cs_groups_get(&g->groups, i >= 0 ? row->value[i] : "all", i >= 0 ? row->len[i] : 3);
	if (!v)
		oom(err);
	return v;
}

int cs_by_group_start(void *ctx, const struct cs_job *job)
{
	cs_by_group_init(ctx, job, job->cmd->reduce->group_size);
	return 0;
}

void cs_by_group_fini(void *ctx)
{
	cs_groups_free(&((struct cs_by_group *)ctx)->groups);
}

int cs_by_group_add(void *into, const void *from, struct cs_err *err)
{
	if (cs_groups_add_counts(&((struct cs_by_group *)into)->groups, &((const struct cs_by_group *)from)->groups))
		return cs_err_set(err, CS_EXIT_ENV, "out of memory");
	return 0;
}

struct cs_groups *cs_by_group_groups(void *ctx)
{
	return &((struct cs_by_group *)ctx)->groups;
}
