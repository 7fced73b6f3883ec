/* methods.c - finding a row of a method table by name (see methods.h). */
#include "methods.h"

#include <string.h>

const void *cs_method_find(const void *table, size_t n, size_t size, size_t aliases, const char *name)
{
	for (size_t i = 0; name && i < n; i++) {
		const char *row = (const char *)table + i * size;
		/* the row's first member is its name */
		if (strcmp(*(const char *const *)row, name) == 0)
			return row;
		for (const char *const *a = (const char *const *)(row + aliases); *a; a++)
			if (strcmp(*a, name) == 0)
				return row;
	}
	return NULL;
}
