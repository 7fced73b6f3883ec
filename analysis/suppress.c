/* suppress.c - small-cell suppression (see suppress.h). */
#include "suppress.h"
#include "status.h"

#include <math.h>
#include <stdlib.h>
#include <string.h>

void cs_sup_init(struct cs_sup_table *t)
{
	memset(t, 0, sizeof *t);
}

void cs_sup_free(struct cs_sup_table *t)
{
	free(t->cell);
	free(t->idx);
	free(t->start);
	memset(t, 0, sizeof *t);
}

static int grow(void **p, size_t *cap, size_t need, size_t size)
{
	if (need <= *cap)
		return 0;
	size_t n = *cap ? *cap : 16;
	while (n < need)
		n *= 2;
	void *q = realloc(*p, n * size);
	if (!q)
		return -1;
	*p = q;
	*cap = n;
	return 0;
}

long cs_sup_add_cell(struct cs_sup_table *t, int64_t value, int published)
{
	if (value < 0 || grow((void **)&t->cell, &t->capcell, t->ncell + 1, sizeof *t->cell) != 0)
		return -1;
	t->cell[t->ncell] = (struct cs_sup_cell){ value, published != 0, CS_SUP_SHOWN };
	return (long)t->ncell++;
}

int cs_sup_add_rel(struct cs_sup_table *t, size_t total, const size_t *members, size_t n)
{
	if (n == 0 || total >= t->ncell)
		return CS_EDOM;
	int64_t sum = 0;
	for (size_t i = 0; i < n; i++) {
		if (members[i] >= t->ncell || members[i] == total)
			return CS_EDOM;
		sum += t->cell[members[i]].value;
	}
	if (sum != t->cell[total].value)
		return CS_EDOM;
	if (grow((void **)&t->idx, &t->capidx, t->nidx + n + 1, sizeof *t->idx) != 0 ||
	    grow((void **)&t->start, &t->caprel, t->nrel + 2, sizeof *t->start) != 0)
		return CS_ENOMEM;
	if (t->nrel == 0)
		t->start[0] = 0;
	t->idx[t->nidx++] = total;
	for (size_t i = 0; i < n; i++)
		t->idx[t->nidx++] = members[i];
	t->start[++t->nrel] = t->nidx;
	return CS_OK;
}

int cs_sup_small(int64_t v, int64_t k)
{
	return v >= 1 && v < k;
}

const char *cs_sup_why_name(enum cs_sup_why why)
{
	switch (why) {
	case CS_SUP_SHOWN: return "shown";
	case CS_SUP_SMALL: return "small";
	case CS_SUP_COMPLEMENT: return "complement";
	case CS_SUP_SECONDARY: return "secondary";
	}
	return "?";
}

/* Working state of one search for a violation. */
struct work {
	struct cs_sup_table *t;
	int64_t k;
	unsigned char *known;    /* per cell: shown, or computable by subtraction */
	long *src;               /* per cell: the relation it was computed from, or -1 */
	int64_t *least, *most;   /* per cell: the bounds a reader can infer */
	long *first_rel;         /* per cell: the first relation it is in, or -1 */
	long pinned;             /* the hidden cell the bounds give away, or -1 */
	unsigned char *lost;     /* per cell: pinned by bounds with nothing left to hide */
	unsigned char *visited;  /* per relation, for pick() */
};

#define INF (INT64_MAX / 4)

static int hidden(const struct cs_sup_cell *c)
{
	return c->why != CS_SUP_SHOWN;
}

static int64_t add_sat(int64_t a, int64_t b)
{
	return a >= INF || b >= INF ? INF : a + b;
}

/* Bounds a reader can put on the unknown cells: 0 or more; a printed '<K'
 * read as 1 or more, and, for a count that is in fact from 1 to K-1, as
 * at most K-1 (a reader who knew which marks are small: safe to assume);
 * then each relation narrows them (a total lies between the sums of its
 * members' bounds, a member between the total's bounds minus the others').
 * Only bounds the true values satisfy are used, so nothing is inferred
 * wrongly.  A few passes: what they miss the audit cannot, but it is only
 * about subtraction. */
static void narrow(struct work *w)
{
	struct cs_sup_table *t = w->t;
	for (size_t i = 0; i < t->ncell; i++) {
		const struct cs_sup_cell *c = &t->cell[i];
		if (w->known[i]) {
			w->least[i] = w->most[i] = c->value;
			continue;
		}
		w->least[i] = hidden(c) && c->published && c->value >= 1;
		w->most[i] = c->why == CS_SUP_SMALL && w->k > 2 ? w->k - 1 : INF;
	}
	for (int pass = 0, progress = 1; progress && pass < 64; pass++) {
		progress = 0;
		for (size_t r = 0; r < t->nrel; r++) {
			size_t a = t->start[r], b = t->start[r + 1], total = t->idx[a];
			int64_t sl = 0, sm = 0;
			for (size_t j = a + 1; j < b; j++) {
				sl = add_sat(sl, w->least[t->idx[j]]);
				sm = add_sat(sm, w->most[t->idx[j]]);
			}
			if (sl > w->least[total]) {
				w->least[total] = sl;
				progress = 1;
			}
			if (sm < w->most[total]) {
				w->most[total] = sm;
				progress = 1;
			}
			for (size_t j = a + 1; j < b; j++) {
				size_t c = t->idx[j];
				/* the others' sums: recomputed when the sum is saturated */
				int64_t ol = sl - w->least[c], om = INF;
				if (sm < INF) {
					om = sm - w->most[c];
				} else if (w->most[c] >= INF) {
					om = 0;
					for (size_t q = a + 1; q < b && om < INF; q++)
						if (q != j)
							om = add_sat(om, w->most[t->idx[q]]);
				}
				if (om < INF && w->least[total] - om > w->least[c]) {
					w->least[c] = w->least[total] - om;
					progress = 1;
				}
				if (w->most[total] < INF && w->most[total] - ol < w->most[c]) {
					w->most[c] = w->most[total] - ol;
					progress = 1;
				}
			}
		}
	}
}

/* The first relation that gives a hidden cell away, or -1.  On the way,
 * every cell a reader can compute by subtraction is marked known. */
static long find_violation(struct work *w)
{
	struct cs_sup_table *t = w->t;
	w->pinned = -1;
	for (size_t i = 0; i < t->ncell; i++) {
		w->known[i] = t->cell[i].published && !hidden(&t->cell[i]);
		w->src[i] = -1;
	}
	/* subtraction: a relation with one unknown cell gives it away */
	for (int progress = 1; progress;) {
		progress = 0;
		for (size_t r = 0; r < t->nrel; r++) {
			size_t a = t->start[r], b = t->start[r + 1], nunknown = 0, u = 0;
			for (size_t j = a; j < b; j++)
				if (!w->known[t->idx[j]]) {
					nunknown++;
					u = t->idx[j];
				}
			if (nunknown != 1)
				continue;
			if (hidden(&t->cell[u]))
				return (long)r;
			w->known[u] = 1;
			w->src[u] = (long)r;
			progress = 1;
		}
	}
	/* a known total whose hidden members add up to less than K: together
	 * they are a small group */
	for (size_t r = 0; r < t->nrel; r++) {
		size_t a = t->start[r], b = t->start[r + 1], total = t->idx[a];
		if (!w->known[total])
			continue;
		int64_t s = t->cell[total].value;
		int any_hidden = 0;
		for (size_t j = a + 1; j < b; j++) {
			size_t c = t->idx[j];
			if (w->known[c])
				s -= t->cell[c].value;
			else
				any_hidden |= hidden(&t->cell[c]);
		}
		if (any_hidden && s < w->k)
			return (long)r;
	}
	/* bounds: a hidden cell whose bounds meet is given away */
	narrow(w);
	for (size_t i = 0; i < t->ncell; i++)
		if (!w->known[i] && hidden(&t->cell[i]) && w->least[i] == w->most[i] && w->first_rel[i] >= 0 &&
		    !w->lost[i]) {
			w->pinned = (long)i;
			return w->first_rel[i];
		}
	return -1;
}

/* Is cell a a better one to hide next than cell b (b < 0: none yet)?
 * Non-zero members first, then a non-zero total, then zeros; smallest
 * value first; then the lower index. */
static int better(const struct cs_sup_table *t, size_t a, int a_total, long b, int b_total)
{
	if (b < 0)
		return 1;
	int64_t va = t->cell[a].value, vb = t->cell[b].value;
	int ra = 2 * (va == 0) + a_total, rb = 2 * (vb == 0) + b_total;
	if (ra != rb)
		return ra < rb;
	if (va != vb)
		return va < vb;
	return a < (size_t)b;
}

/* The shown cell to hide to mend relation r: one of its own, or, when all
 * its known cells were computed, one of the relations they came from. */
static long pick(struct work *w, size_t r)
{
	struct cs_sup_table *t = w->t;
	size_t a = t->start[r], b = t->start[r + 1];
	long best = -1;
	int best_total = 0;
	for (size_t j = a; j < b; j++) {
		size_t c = t->idx[j];
		if (!t->cell[c].published || hidden(&t->cell[c]))
			continue;
		if (better(t, c, j == a, best, best_total)) {
			best = (long)c;
			best_total = j == a;
		}
	}
	if (best >= 0)
		return best;
	w->visited[r] = 1;
	for (size_t j = a; j < b; j++) {
		size_t c = t->idx[j];
		if (w->known[c] && w->src[c] >= 0 && !w->visited[w->src[c]]) {
			long p = pick(w, (size_t)w->src[c]);
			if (p >= 0)
				return p;
		}
	}
	return -1;
}

/* ---- the linear audit --------------------------------------------------- */

static size_t uf_find(size_t *parent, size_t i)
{
	while (parent[i] != i) {
		parent[i] = parent[parent[i]];
		i = parent[i];
	}
	return i;
}

struct rel_root { size_t root, rel; };

static int by_root(const void *a, const void *b)
{
	const struct rel_root *x = a, *y = b;
	if (x->root != y->root)
		return x->root < y->root ? -1 : 1;
	return x->rel < y->rel ? -1 : x->rel > y->rel;
}

#define NONE ((size_t)-1)
#define EPS 1e-9

/* Subtraction relation by relation misses what only a combination of
 * relations gives away (in a 3x3 table, row 1 minus the column totals
 * beyond the first can pin a cell).  The audit solves the relations of
 * each connected part of the table for its unknown cells (Gauss-Jordan,
 * with the row operations kept beside them): a hidden cell is pinned when
 * some combination of relations holds it alone.  Returns the shown cell to
 * hide (the best among those the combination uses), -1 when nothing
 * hidden is pinned, -2 for a pinned non-zero cell that no shown cell helps
 * to pin (not expected), -3 when out of memory. */
static long audit(struct cs_sup_table *t)
{
	size_t nc = t->ncell, nr = t->nrel;
	size_t *parent = malloc(nc * sizeof *parent), *col = malloc(nc * sizeof *col), *ucell = NULL;
	struct rel_root *rr = malloc(nr * sizeof *rr);
	double *m = NULL;
	long result = -1;
	if (!parent || !col || !rr) {
		result = -3;
		goto out;
	}
	for (size_t i = 0; i < nc; i++) {
		parent[i] = i;
		col[i] = NONE;
	}
	for (size_t r = 0; r < nr; r++)
		for (size_t j = t->start[r] + 1; j < t->start[r + 1]; j++) {
			size_t a = uf_find(parent, t->idx[t->start[r]]), b = uf_find(parent, t->idx[j]);
			if (a != b)
				parent[a] = b;
		}
	for (size_t r = 0; r < nr; r++)
		rr[r] = (struct rel_root){ uf_find(parent, t->idx[t->start[r]]), r };
	qsort(rr, nr, sizeof *rr, by_root);
	for (size_t first = 0, last; result == -1 && first < nr; first = last) {
		for (last = first; last < nr && rr[last].root == rr[first].root; last++)
			;
		size_t nrc = last - first, nu = 0;
		/* the unknown cells of this part: hidden, or implied only */
		for (size_t i = first; i < last; i++)
			for (size_t j = t->start[rr[i].rel]; j < t->start[rr[i].rel + 1]; j++) {
				size_t c = t->idx[j];
				if (col[c] == NONE && !(t->cell[c].published && !hidden(&t->cell[c])))
					col[c] = nu++;
			}
		size_t w = nu + nrc;
		free(ucell);
		free(m);
		ucell = malloc((nu ? nu : 1) * sizeof *ucell);
		m = calloc(nrc * w, sizeof *m);
		if (!ucell || !m) {
			result = -3;
			break;
		}
		for (size_t i = first; i < last; i++) {
			size_t r = rr[i].rel, row = i - first;
			for (size_t j = t->start[r]; j < t->start[r + 1]; j++) {
				size_t c = t->idx[j];
				if (col[c] != NONE) {
					ucell[col[c]] = c;
					m[row * w + col[c]] += j == t->start[r] ? 1.0 : -1.0;
				}
			}
			m[row * w + nu + row] = 1.0;
		}
		size_t p = 0;
		for (size_t j = 0; j < nu && p < nrc; j++) {
			size_t best = p;
			for (size_t i = p + 1; i < nrc; i++)
				if (fabs(m[i * w + j]) > fabs(m[best * w + j]))
					best = i;
			if (fabs(m[best * w + j]) < EPS)
				continue;
			for (size_t k = 0; k < w && best != p; k++) {
				double x = m[p * w + k];
				m[p * w + k] = m[best * w + k];
				m[best * w + k] = x;
			}
			double piv = m[p * w + j];
			for (size_t k = 0; k < w; k++)
				m[p * w + k] /= piv;
			for (size_t i = 0; i < nrc; i++) {
				double f = m[i * w + j];
				if (i == p || fabs(f) < EPS)
					continue;
				for (size_t k = 0; k < w; k++)
					m[i * w + k] -= f * m[p * w + k];
			}
			p++;
		}
		for (size_t i = 0; i < p && result == -1; i++) {
			size_t nz = 0, j1 = 0;
			for (size_t j = 0; j < nu; j++)
				if (fabs(m[i * w + j]) > EPS) {
					nz++;
					j1 = j;
				}
			if (nz != 1 || !hidden(&t->cell[ucell[j1]]))
				continue;
			/* cell ucell[j1] is pinned by the relations used in this row */
			long pickc = -1;
			int pick_total = 0;
			for (size_t q = 0; q < nrc; q++) {
				if (fabs(m[i * w + nu + q]) < EPS)
					continue;
				size_t r = rr[first + q].rel;
				for (size_t j = t->start[r]; j < t->start[r + 1]; j++) {
					size_t c = t->idx[j];
					if (col[c] == NONE && better(t, c, j == t->start[r], pickc, pick_total)) {
						pickc = (long)c;
						pick_total = j == t->start[r];
					}
				}
			}
			if (pickc >= 0)
				result = pickc;
			else if (t->cell[ucell[j1]].value != 0)
				result = -2;
		}
		for (size_t u = 0; u < nu; u++)
			col[ucell[u]] = NONE;
	}
out:
	free(parent);
	free(col);
	free(ucell);
	free(rr);
	free(m);
	return result;
}

int cs_sup_decide(struct cs_sup_table *t, int64_t k)
{
	for (size_t i = 0; i < t->ncell; i++)
		t->cell[i].why = CS_SUP_SHOWN;
	if (k < 2)
		return CS_OK;
	/* primary: small counts, then shown counts whose complement is small */
	for (size_t i = 0; i < t->ncell; i++)
		if (cs_sup_small(t->cell[i].value, k))
			t->cell[i].why = CS_SUP_SMALL;
	for (size_t r = 0; r < t->nrel; r++) {
		size_t a = t->start[r], b = t->start[r + 1];
		const struct cs_sup_cell *total = &t->cell[t->idx[a]];
		if (!total->published)
			continue;
		for (size_t j = a + 1; j < b; j++) {
			struct cs_sup_cell *c = &t->cell[t->idx[j]];
			if (c->published && !hidden(c) && cs_sup_small(total->value - c->value, k))
				c->why = CS_SUP_COMPLEMENT;
		}
	}
	if (t->nrel == 0)
		return CS_OK;
	/* complementary: hide one more cell at a time until nothing hidden can
	 * be worked out */
	struct work w = { t, k, calloc(t->ncell, 1), calloc(t->ncell, sizeof(long)),
			  calloc(t->ncell, sizeof(int64_t)), calloc(t->ncell, sizeof(int64_t)),
			  calloc(t->ncell, sizeof(long)), -1, calloc(t->ncell, 1), calloc(t->nrel, 1) };
	int st = w.known && w.src && w.least && w.most && w.first_rel && w.lost && w.visited ? CS_OK : CS_ENOMEM;
	for (size_t i = 0; st == CS_OK && i < t->ncell; i++)
		w.first_rel[i] = -1;
	for (size_t r = t->nrel; st == CS_OK && r-- > 0;)
		for (size_t j = t->start[r]; j < t->start[r + 1]; j++)
			w.first_rel[t->idx[j]] = (long)r;
	while (st == CS_OK) {
		long c, r = find_violation(&w);
		if (r >= 0) {
			memset(w.visited, 0, t->nrel);
			c = pick(&w, (size_t)r);
			/* a cell pinned by its bounds: any relation it is in will do */
			for (size_t q = 0; c < 0 && w.pinned >= 0 && q < t->nrel; q++)
				for (size_t j = t->start[q]; j < t->start[q + 1]; j++)
					if (t->idx[j] == (size_t)w.pinned) {
						memset(w.visited, 0, t->nrel);
						c = pick(&w, q);
						break;
					}
		} else {
			c = audit(t);
			if (c == -1)
				break;       /* nothing hidden can be worked out */
		}
		if (c >= 0)
			t->cell[c].why = CS_SUP_SECONDARY;
		else if (r >= 0 && w.pinned >= 0)
			w.lost[w.pinned] = 1;   /* all its relations are hidden already: the best there is */
		else
			st = c == -3 ? CS_ENOMEM : CS_EUNDEF;   /* -2: not expected, see audit() */
	}
	free(w.known);
	free(w.src);
	free(w.least);
	free(w.most);
	free(w.first_rel);
	free(w.lost);
	free(w.visited);
	return st;
}
