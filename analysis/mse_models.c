/* mse_models.c - hierarchical log-linear models by generating class:
 * parsing, printing, and the model space searched by model selection. */
#include "mse.h"
#include "status.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

uint64_t cs_mse_model_terms(const struct cs_mse_model *m)
{
	uint64_t set = 1;   /* the intercept */
	for (int i = 0; i < m->nterms; i++) {
		unsigned g = m->terms[i];
		for (unsigned s = g; s; s = (s - 1) & g)
			set |= UINT64_C(1) << s;
	}
	return set;
}

int cs_mse_model_npar(const struct cs_mse_model *m)
{
	return __builtin_popcountll(cs_mse_model_terms(m));
}

/* The value of a term as its digits read, e.g. 0x5 -> 13: terms of one
 * order sort as their names do. */
static unsigned term_number(unsigned g)
{
	unsigned v = 0;
	for (int i = 0; i < CS_MSE_MAX_LISTS; i++)
		if (g >> i & 1)
			v = v * 10 + (unsigned)(i + 1);
	return v;
}

static int term_cmp(const void *a, const void *b)
{
	unsigned x = *(const uint8_t *)a, y = *(const uint8_t *)b;
	int ox = __builtin_popcount(x), oy = __builtin_popcount(y);
	if (ox != oy)
		return oy - ox;   /* higher order first */
	return (int)term_number(x) - (int)term_number(y);
}

/* The generating class of a set of terms (bit S = term S): its maximal
 * elements, in canonical order. */
static void from_terms(uint64_t set, struct cs_mse_model *m)
{
	m->nterms = 0;
	for (unsigned s = 1; s < CS_MSE_MAX_CELLS; s++) {
		if (!(set >> s & 1))
			continue;
		int maximal = 1;
		for (unsigned u = s + 1; u < CS_MSE_MAX_CELLS && maximal; u++)
			if ((set >> u & 1) && (u & s) == s)
				maximal = 0;
		if (maximal)
			m->terms[m->nterms++] = (uint8_t)s;
	}
	qsort(m->terms, (size_t)m->nterms, 1, term_cmp);
}

int cs_mse_model_parse(const char *s, int t, struct cs_mse_model *m)
{
	if (!s || !m || t < 2 || t > CS_MSE_MAX_LISTS)
		return CS_EDOM;
	unsigned full = (1u << t) - 1;
	uint64_t set = 1;
	unsigned term = 0;
	int digits = 0, open = 0, close = 0, any = 0, comma = 0;
	for (const char *p = s;; p++) {
		char c = *p;
		if (c >= '1' && c <= '9') {
			unsigned bit = 1u << (c - '1');
			if (close || c - '0' > t || (term & bit))
				return CS_EDOM;
			term |= bit;
			digits++;
			continue;
		}
		if (c == ',' || c == ']' || c == '\0') {
			if (!digits) {
				/* no term before a comma or after the last one */
				if (c == ',' || comma)
					return CS_EDOM;
			} else {
				if (term == full)
					return CS_EDOM;
				for (unsigned u = term; u; u = (u - 1) & term)
					set |= UINT64_C(1) << u;
				any = 1;
			}
			term = 0;
			digits = 0;
			comma = c == ',';
			if (c == ']') {
				if (!open || close)
					return CS_EDOM;
				close = 1;
			}
			if (c == '\0')
				break;
			continue;
		}
		if (c == '[' && !open && !any && !digits) {
			open = 1;
			continue;
		}
		if (c == ' ' || c == '\t')
			continue;
		return CS_EDOM;
	}
	if (!any || open != close)
		return CS_EDOM;
	for (int i = 0; i < t; i++)
		set |= UINT64_C(1) << (1u << i);
	from_terms(set, m);
	return CS_OK;
}

size_t cs_mse_model_format(const struct cs_mse_model *m, char *buf, size_t size)
{
	char tmp[CS_MSE_MAX_GEN * (CS_MSE_MAX_LISTS + 1) + 1];
	size_t len = 0;
	for (int i = 0; i < m->nterms; i++) {
		if (i)
			tmp[len++] = ',';
		for (int b = 0; b < CS_MSE_MAX_LISTS; b++)
			if (m->terms[i] >> b & 1)
				tmp[len++] = (char)('1' + b);
	}
	tmp[len] = '\0';
	if (size) {
		size_t k = len < size - 1 ? len : size - 1;
		memcpy(buf, tmp, k);
		buf[k] = '\0';
	}
	return len;
}

int cs_mse_default_maxorder(int t)
{
	return t >= 6 ? 2 : t - 1;
}

/* Enumeration: interaction terms in order of size, each either in or
 * out; a term may be in only when every subset one list smaller (of size
 * 2 or more) is, which is what makes the model hierarchical. */
struct enum_state {
	unsigned cand[CS_MSE_MAX_CELLS];
	int ncand;
	uint64_t base;        /* intercept and main effects */
	struct cs_mse_model *out;
	size_t count, cap;
	int nomem;
};

static void enumerate(struct enum_state *st, int i, uint64_t set)
{
	if (st->nomem)
		return;
	if (i == st->ncand) {
		if (st->count == st->cap) {
			size_t cap = st->cap ? 2 * st->cap : 64;
			struct cs_mse_model *p = realloc(st->out, cap * sizeof *p);
			if (!p) {
				st->nomem = 1;
				return;
			}
			st->out = p;
			st->cap = cap;
		}
		from_terms(set, &st->out[st->count++]);
		return;
	}
	unsigned s = st->cand[i];
	int ok = 1;
	for (unsigned b = s; b && ok; b &= b - 1) {
		unsigned sub = s & ~(b & -b);
		if (__builtin_popcount(sub) >= 2 && !(set >> sub & 1))
			ok = 0;
	}
	if (ok)
		enumerate(st, i + 1, set | UINT64_C(1) << s);
	enumerate(st, i + 1, set);
}

int cs_mse_models(int t, int maxorder, struct cs_mse_model **models, size_t *count)
{
	if (!models || !count || t < 2 || t > CS_MSE_MAX_LISTS)
		return CS_EDOM;
	if (maxorder == 0)
		maxorder = cs_mse_default_maxorder(t);
	if (maxorder < 1 || maxorder > t - 1 || (t == 6 && maxorder > 2))
		return CS_EDOM;
	struct enum_state st = { .base = 1 };
	for (int i = 0; i < t; i++)
		st.base |= UINT64_C(1) << (1u << i);
	for (int order = 2; order <= maxorder; order++)
		for (unsigned s = 1; s < (1u << t); s++)
			if (__builtin_popcount(s) == order)
				st.cand[st.ncand++] = s;
	enumerate(&st, 0, st.base);
	if (st.nomem) {
		free(st.out);
		return CS_ENOMEM;
	}
	*models = st.out;
	*count = st.count;
	return CS_OK;
}
