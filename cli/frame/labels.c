/* labels.c - values that differ only by letter case or blanks around them
 * (see labels.h). */
#include "cli/frame/labels.h"
#include "cli/core/diag.h"
#include "cli/core/fold.h"
#include "cli/core/text.h"

#include <stdlib.h>
#include <string.h>

#define LIST_MAX 6         /* spellings named in one message */

void cs_spellings_init(struct cs_spellings *s)
{
	cs_groups_init(&s->g, sizeof(int64_t));
}

void cs_spellings_free(struct cs_spellings *s)
{
	cs_groups_free(&s->g);
}

int cs_spellings_add(struct cs_spellings *s, unsigned tag, const char *v, size_t len)
{
	char small[256];
	char *k = len + 1 <= sizeof small ? small : malloc(len + 1);
	if (!k)
		return -1;
	k[0] = (char)(tag + 1);    /* never NUL: keys sort by the spelling */
	memcpy(k + 1, v, len);
	int64_t *n = cs_groups_get(&s->g, k, len + 1);
	if (k != small)
		free(k);
	if (!n)
		return -1;
	(*n)++;
	return 0;
}

int cs_spellings_merge(struct cs_spellings *into, const struct cs_spellings *from)
{
	return cs_groups_add_counts(&into->g, &from->g);
}

static const char *rows_word(int64_t n)
{
	return n == 1 ? "row" : "rows";
}

/* "'A' (3 rows), 'b' (1 row) and 'C ' (2 rows)": the first LIST_MAX
 * labels, then how many more. */
static void list_labels(struct cs_text *t, const char *const *label, const size_t *len, const int64_t *rows,
			size_t n)
{
	for (size_t i = 0; i < n && i < LIST_MAX; i++) {
		char shown[CS_MSG_TEXT];
		const char *sep = i == 0 ? "" : (i + 1 == n ? " and " : ", ");
		cs_text_add(t, "%s'%s' (%lld %s)", sep, cs_msg_text(shown, sizeof shown, label[i], len[i]),
			    (long long)rows[i], rows_word(rows[i]));
	}
	if (n > LIST_MAX)
		cs_text_add(t, " and %zu more", n - LIST_MAX);
}

void cs_labels_report_value(const struct cs_spellings *s, unsigned tag, const char *opt, const char *col,
			    const char *value, int fold)
{
	size_t *order = cs_groups_sorted(&s->g);
	const char *label[LIST_MAX + 1];
	size_t len[LIST_MAX + 1], n = 0;
	int64_t rows[LIST_MAX + 1], total = 0;
	for (size_t k = 0; order && k < s->g.n; k++) {
		size_t i = order[k];
		if ((unsigned char)s->g.key[i][0] != tag + 1)
			continue;
		int64_t r = *(const int64_t *)cs_groups_value(&s->g, i);
		if (n < LIST_MAX) {
			label[n] = s->g.key[i] + 1;
			len[n] = s->g.keylen[i] - 1;
			rows[n] = r;
		}
		n++;
		total += r;
	}
	free(order);
	if (n == 0)
		return;
	struct cs_text t = CS_TEXT_INIT;
	char shown[CS_MSG_TEXT];
	cs_msg_text(shown, sizeof shown, value, strlen(value));
	if (fold) {
		cs_text_add(&t, "--fold: %s also matched ", opt);
		list_labels(&t, label, len, rows, n);
		cs_text_add(&t, " in column '%s'", col);
		cs_note("%s", cs_text_str(&t));
	} else {
		cs_text_add(&t, "%s: %lld %s of column '%s' %s ", opt, (long long)total, rows_word(total), col,
			    total == 1 ? "has" : "have");
		list_labels(&t, label, len, rows, n);
		int one = total == 1;
		if (tag == CS_SPELL_MATCH)
			cs_text_add(&t, ", which %s from '%s' only by letter case or by blanks before or after, and %s"
				    " counted as not '%s'; --fold counts %s as '%s'", one ? "differs" : "differ", shown,
				    one ? "was" : "were", shown, one ? "it" : "them", shown);
		else
			cs_text_add(&t, ", which %s from '%s' only by letter case or by blanks before or after, and %s"
				    " left out; --fold keeps %s", one ? "differs" : "differ", shown,
				    one ? "was" : "were", one ? "it" : "them");
		cs_warn("%s", cs_text_str(&t));
	}
	cs_text_free(&t);
}

/* Group indices with their fold keys, sorted by key, then label. */
struct keyed {
	char *key;
	size_t i;
};

static int by_fold(const void *a, const void *b, void *ctx)
{
	const struct keyed *x = a, *y = b;
	const struct cs_groups *g = ctx;
	int c = strcmp(x->key, y->key);
	return c ? c : strcmp(g->key[x->i], g->key[y->i]);
}

int cs_labels_check_groups(const struct cs_groups *g, int64_t (*rows)(const void *value), const char *col)
{
	if (g->n < 2)
		return 0;
	struct keyed *k = calloc(g->n, sizeof *k);
	if (!k)
		return -1;
	int rc = 0;
	for (size_t i = 0; i < g->n && !rc; i++) {
		k[i].i = i;
		k[i].key = malloc(g->keylen[i] + 1);
		if (!k[i].key || cs_fold_key(g->key[i], g->keylen[i], k[i].key, g->keylen[i] + 1) < 0)
			rc = -1;
	}
	if (!rc)
		qsort_r(k, g->n, sizeof *k, by_fold, (void *)g);
	size_t clusters = 0;
	for (size_t a = 0; !rc && a < g->n;) {
		size_t b = a + 1;
		while (b < g->n && strcmp(k[a].key, k[b].key) == 0)
			b++;
		if (b - a > 1 && clusters++ < LIST_MAX) {
			const char *label[LIST_MAX];
			size_t len[LIST_MAX];
			int64_t r[LIST_MAX];
			for (size_t j = a; j < b && j - a < LIST_MAX; j++) {
				label[j - a] = g->key[k[j].i];
				len[j - a] = g->keylen[k[j].i];
				r[j - a] = rows(cs_groups_value(g, k[j].i));
			}
			struct cs_text t = CS_TEXT_INIT;
			cs_text_add(&t, "column '%s' has labels that differ only by letter case or by blanks before or"
				    " after, counted as different groups: ", col);
			list_labels(&t, label, len, r, b - a);
			cs_text_add(&t, "; --fold counts them as one");
			cs_warn("%s", cs_text_str(&t));
			cs_text_free(&t);
		}
		a = b;
	}
	if (clusters > LIST_MAX)
		cs_warn("column '%s': %zu more sets of labels differ only by letter case or by blanks before or after", col,
			clusters - LIST_MAX);
	for (size_t i = 0; i < g->n; i++)
		free(k[i].key);
	free(k);
	return rc;
}

/* The spellings of one folded label. */
struct spelled {
	size_t best;           /* index in the spellings table */
	int64_t best_rows, total;
	size_t n;
};

int cs_labels_fold_groups(struct cs_groups *g, const struct cs_spellings *s, const char *col)
{
	const struct cs_groups *sp = &s->g;
	struct spelled *w = calloc(g->n ? g->n : 1, sizeof *w);
	size_t *order = sp->n ? cs_groups_sorted(sp) : NULL;
	char *key = NULL;
	size_t kcap = 0;
	int rc = (!w || (sp->n && !order)) ? -1 : 0;
	/* the spellings in byte order: the first with the most rows wins */
	for (size_t o = 0; !rc && o < sp->n; o++) {
		size_t i = order[o];
		if ((unsigned char)sp->key[i][0] != CS_SPELL_LABEL + 1)
			continue;
		const char *v = sp->key[i] + 1;
		size_t len = sp->keylen[i] - 1;
		if (len + 1 > kcap) {
			char *nk = realloc(key, 2 * (len + 1));
			if (!nk) {
				rc = -1;
				break;
			}
			key = nk;
			kcap = 2 * (len + 1);
		}
		int kl = cs_fold_key(v, len, key, kcap);
		long gi = kl < 0 ? -1 : cs_groups_find(g, key, (size_t)kl);
		if (gi < 0)
			continue;      /* a row the command did not group */
		int64_t r = *(const int64_t *)cs_groups_value(sp, i);
		struct spelled *x = &w[gi];
		if (x->n == 0 || r > x->best_rows) {
			x->best = i;
			x->best_rows = r;
		}
		x->total += r;
		x->n++;
	}
	for (size_t i = 0; !rc && i < g->n; i++)
		if (w[i].n && cs_groups_rename(g, i, sp->key[w[i].best] + 1, sp->keylen[w[i].best] - 1) != 0)
			rc = -1;
	if (!rc && cs_groups_reindex(g) != 0)
		rc = -1;
	/* the notes, in label order */
	size_t *gorder = rc ? NULL : cs_groups_sorted(g);
	size_t merged = 0;
	for (size_t o = 0; gorder && o < g->n; o++) {
		size_t gi = gorder[o];
		if (w[gi].n < 2 || merged++ >= LIST_MAX)
			continue;
		const char *label[LIST_MAX];
		size_t len[LIST_MAX], n = 0;
		int64_t r[LIST_MAX];
		for (size_t q = 0; q < sp->n && n < LIST_MAX; q++) {
			size_t i = order[q];
			if (i == w[gi].best || (unsigned char)sp->key[i][0] != CS_SPELL_LABEL + 1)
				continue;
			int kl = cs_fold_key(sp->key[i] + 1, sp->keylen[i] - 1, key, kcap);
			if (kl < 0 || cs_fold_equal(g->key[gi], g->keylen[gi], key, (size_t)kl) == 0)
				continue;
			label[n] = sp->key[i] + 1;
			len[n] = sp->keylen[i] - 1;
			r[n++] = *(const int64_t *)cs_groups_value(sp, i);
		}
		struct cs_text t = CS_TEXT_INIT;
		char shown[CS_MSG_TEXT];
		cs_text_add(&t, "--fold: column '%s': '%s' (%lld %s in all) takes in ", col,
			    cs_msg_text(shown, sizeof shown, g->key[gi], g->keylen[gi]), (long long)w[gi].total,
			    rows_word(w[gi].total));
		list_labels(&t, label, len, r, w[gi].n - 1);
		cs_note("%s", cs_text_str(&t));
		cs_text_free(&t);
	}
	if (merged > LIST_MAX)
		cs_note("--fold: column '%s': %zu more labels took in other spellings", col, merged - LIST_MAX);
	if (!rc && !gorder && g->n)
		rc = -1;
	free(gorder);
	free(order);
	free(key);
	free(w);
	return rc;
}
