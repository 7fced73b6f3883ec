/* groups.c - open-addressing hash table of groups (see groups.h). */
#include "groups.h"

#include <stdint.h>
#include <stdlib.h>
#include <string.h>

void cs_groups_init(struct cs_groups *g, size_t value_size)
{
	memset(g, 0, sizeof *g);
	g->value_size = value_size;
}

void cs_groups_free(struct cs_groups *g)
{
	for (size_t i = 0; i < g->n; i++)
		free(g->key[i]);
	free(g->key);
	free(g->keylen);
	free(g->values);
	free(g->slots);
	memset(g, 0, sizeof *g);
}

/* Multiply-and-mix over 8-byte words (a label is hashed once per row, so
 * this is in the hot path); adversarial collisions are not a concern. */
static uint64_t hash(const char *s, size_t len)
{
	uint64_t h = 0x9E3779B97F4A7C15ull ^ len;
	size_t i = 0;
	for (; i + 8 <= len; i += 8) {
		uint64_t w;
		memcpy(&w, s + i, 8);
		h = (h ^ w) * 0xFF51AFD7ED558CCDull;
		h ^= h >> 32;
	}
	uint64_t w = 0;
	memcpy(&w, s + i, len - i);
	h = (h ^ w) * 0xC4CEB9FE1A85EC53ull;
	h ^= h >> 29;
	return h;
}

static int rehash(struct cs_groups *g, size_t nslots)
{
	size_t *slots = calloc(nslots, sizeof *slots);
	if (!slots)
		return -1;
	for (size_t i = 0; i < g->n; i++) {
		size_t j = (size_t)hash(g->key[i], g->keylen[i]) & (nslots - 1);
		while (slots[j])
			j = (j + 1) & (nslots - 1);
		slots[j] = i + 1;
	}
	free(g->slots);
	g->slots = slots;
	g->nslots = nslots;
	return 0;
}

static int grow(struct cs_groups *g)
{
	size_t cap = g->cap ? 2 * g->cap : 16;
	char **key = realloc(g->key, cap * sizeof *key);
	if (!key)
		return -1;
	g->key = key;
	size_t *keylen = realloc(g->keylen, cap * sizeof *keylen);
	if (!keylen)
		return -1;
	g->keylen = keylen;
	unsigned char *values = realloc(g->values, cap * g->value_size);
	if (!values)
		return -1;
	g->values = values;
	g->cap = cap;
	return 0;
}

void *cs_groups_get(struct cs_groups *g, const char *key, size_t len)
{
	if (g->nslots == 0 && rehash(g, 32) != 0)
		return NULL;
	size_t j = (size_t)hash(key, len) & (g->nslots - 1);
	while (g->slots[j]) {
		size_t i = g->slots[j] - 1;
		if (g->keylen[i] == len && memcmp(g->key[i], key, len) == 0)
			return cs_groups_value(g, i);
		j = (j + 1) & (g->nslots - 1);
	}
	/* a new group: keep the table at most half full */
	if (2 * (g->n + 1) > g->nslots) {
		if (rehash(g, 2 * g->nslots) != 0)
			return NULL;
		j = (size_t)hash(key, len) & (g->nslots - 1);
		while (g->slots[j])
			j = (j + 1) & (g->nslots - 1);
	}
	if (g->n == g->cap && grow(g) != 0)
		return NULL;
	char *copy = malloc(len + 1);
	if (!copy)
		return NULL;
	memcpy(copy, key, len);
	copy[len] = '\0';
	size_t i = g->n++;
	g->key[i] = copy;
	g->keylen[i] = len;
	memset(cs_groups_value(g, i), 0, g->value_size);
	g->slots[j] = i + 1;
	return cs_groups_value(g, i);
}

static int by_key(const void *a, const void *b, void *ctx)
{
	const struct cs_groups *g = ctx;
	size_t i = *(const size_t *)a, j = *(const size_t *)b;
	int c = strcmp(g->key[i], g->key[j]);
	return c ? c : (i < j ? -1 : i > j);
}

size_t *cs_groups_sorted(const struct cs_groups *g)
{
	if (g->n == 0)
		return NULL;
	size_t *order = malloc(g->n * sizeof *order);
	if (!order)
		return NULL;
	for (size_t i = 0; i < g->n; i++)
		order[i] = i;
	qsort_r(order, g->n, sizeof *order, by_key, (void *)g);
	return order;
}

int cs_groups_add_counts(struct cs_groups *into, const struct cs_groups *from)
{
	size_t k = from->value_size / sizeof(int64_t);
	for (size_t i = 0; i < from->n; i++) {
		int64_t *t = cs_groups_get(into, from->key[i], from->keylen[i]);
		if (!t)
			return -1;
		const int64_t *f = cs_groups_value(from, i);     /* blocks are 8-aligned */
		for (size_t j = 0; j < k; j++)
			t[j] += f[j];
	}
	return 0;
}
