/* names.c - lists of owned names (see names.h). */
#include "cli/core/names.h"

#include <stdlib.h>
#include <string.h>
#include <strings.h>

int cs_names_add(struct cs_names *l, const char *s, size_t len)
{
	if (l->n == l->cap) {
		size_t cap = l->cap ? 2 * l->cap : 8;
		char **v = realloc(l->v, cap * sizeof *v);
		if (!v)
			return CS_NAMES_NOMEM;
		l->v = v;
		l->cap = cap;
	}
	if (!(l->v[l->n] = strndup(s, len)))
		return CS_NAMES_NOMEM;
	l->n++;
	return CS_NAMES_OK;
}

int cs_names_split(struct cs_names *l, const char *list)
{
	for (const char *s = list;; s++) {
		size_t len = strcspn(s, ",");
		if (len == 0)
			return CS_NAMES_EMPTY;
		if (cs_names_add(l, s, len) != CS_NAMES_OK)
			return CS_NAMES_NOMEM;
		s += len;
		if (!*s)
			return CS_NAMES_OK;
	}
}

long cs_names_find(const struct cs_names *l, const char *s, size_t len)
{
	for (size_t i = 0; i < l->n; i++)
		if (strlen(l->v[i]) == len && memcmp(l->v[i], s, len) == 0)
			return (long)i;
	return -1;
}

void cs_names_free(struct cs_names *l)
{
	for (size_t i = 0; i < l->n; i++)
		free(l->v[i]);
	free(l->v);
	l->v = NULL;
	l->n = l->cap = 0;
}

int cs_name_ends(const char *s, const char *ext)
{
	size_t n = strlen(s), k = strlen(ext);
	return n > k && strcasecmp(s + n - k, ext) == 0;
}
