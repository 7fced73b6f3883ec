/* text.h - text that grows as it is written: the sentences of --explain,
 * chart titles, report paragraphs.
 *
 * Nothing is ever cut, so a long label of Cyrillic letters stays valid
 * UTF-8 whatever its length.  When memory runs out the text stops growing
 * and remembers it (failed); cs_text_str() still returns what was written
 * before, and the caller reports "out of memory" where it checks. */
#ifndef CS_TEXT_H
#define CS_TEXT_H

#include <stddef.h>

struct cs_text {
	char *s;           /* owned, NUL-terminated once anything was added; may be NULL */
	size_t n, cap;
	int failed;        /* an allocation failed: the text is incomplete */
};

#define CS_TEXT_INIT { NULL, 0, 0, 0 }

void cs_text_add(struct cs_text *t, const char *fmt, ...) __attribute__((format(printf, 2, 3)));
/* Append s[0..len) as it is. */
void cs_text_put(struct cs_text *t, const char *s, size_t len);
/* The text so far ("" when nothing was added); borrowed. */
const char *cs_text_str(const struct cs_text *t);
void cs_text_free(struct cs_text *t);

#endif
