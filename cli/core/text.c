/* text.c - growing text (see text.h). */
#include "cli/core/text.h"

#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* Room for `more` bytes and a NUL; 0, or -1 (failed set). */
static int reserve(struct cs_text *t, size_t more)
{
	if (t->failed)
		return -1;
	if (t->s && t->n + more < t->cap)
		return 0;
	size_t cap = t->cap ? t->cap : 256;
	while (cap <= t->n + more) {
		if (cap > ((size_t)-1) / 2) {
			t->failed = 1;
			return -1;
		}
		cap *= 2;
	}
	char *s = realloc(t->s, cap);
	if (!s) {
		t->failed = 1;
		return -1;
	}
	t->s = s;
	t->cap = cap;
	return 0;
}

void cs_text_add(struct cs_text *t, const char *fmt, ...)
{
	va_list ap;
	va_start(ap, fmt);
	int k = vsnprintf(NULL, 0, fmt, ap);
	va_end(ap);
	if (k < 0) {
		t->failed = 1;
		return;
	}
	if (reserve(t, (size_t)k) != 0)
		return;
	va_start(ap, fmt);
	vsnprintf(t->s + t->n, t->cap - t->n, fmt, ap);
	va_end(ap);
	t->n += (size_t)k;
}

void cs_text_put(struct cs_text *t, const char *s, size_t len)
{
	if (reserve(t, len) != 0)
		return;
	memcpy(t->s + t->n, s, len);
	t->n += len;
	t->s[t->n] = '\0';
}

const char *cs_text_str(const struct cs_text *t)
{
	return t->s ? t->s : "";
}

void cs_text_free(struct cs_text *t)
{
	free(t->s);
	memset(t, 0, sizeof *t);
}
