/* zipxml.h - XML parts of a zip archive (.xlsx, .ods) read as a stream of
 * events: libzip inflates a part piece by piece into expat, so a part of
 * any size needs a 64 KiB buffer, and its inflated size is checked against
 * a limit before and while it is read (a zip bomb is an error).  Document
 * type declarations are refused: an office file has none, and without them
 * no entity can expand. */
#ifndef CS_ZIPXML_H
#define CS_ZIPXML_H

#include <stddef.h>
#include <stdint.h>
#include "cli/core/diag.h"

struct cs_zip;

/* Open the archive at path, or in buf[0..len) when buf is not NULL (not
 * copied: it must outlive the archive).  name is the file in messages.
 * Returns 0 or an exit code with err filled (CS_EXIT_DATA for a file that
 * is not a readable zip, CS_EXIT_ENV when it cannot be opened). */
int cs_zip_open(struct cs_zip **z, const char *path, const void *buf, size_t len,
		const char *name, struct cs_err *err);
void cs_zip_close(struct cs_zip *z);

/* Is there an entry of this name (exact, else ASCII case ignored)? */
int cs_zip_has(struct cs_zip *z, const char *part);

/* The first n bytes of a part (at most size - 1, NUL-terminated) into buf;
 * returns their count, or -1 when the part is missing or unreadable. */
long cs_zip_peek(struct cs_zip *z, const char *part, char *buf, size_t size);

/* Handlers of one part's events.  Element and attribute names are
 * "namespace-URI|local-name" ("local-name" alone without a namespace);
 * attrs alternate name and value and end in NULL; text arrives in pieces.
 * Each returns 0 to go on, or an exit code (err filled) to stop. */
struct cs_xml_handlers {
	int (*start)(void *ud, const char *name, const char **attrs);
	int (*end)(void *ud, const char *name);
	int (*text)(void *ud, const char *s, size_t len);
};

/* Result of cs_zip_parse() when a handler asked to stop early with
 * CS_XML_DONE (not an error). */
#define CS_XML_DONE (-1)

/* Parse the part through the handlers.  Returns 0 (also when a handler
 * returned CS_XML_DONE), CS_XML_MISSING when there is no such part, or an
 * exit code with err filled: a handler's, or CS_EXIT_DATA for a part that
 * is damaged, over `limit` bytes inflated, or has a DTD. */
#define CS_XML_MISSING (-2)
int cs_zip_parse(struct cs_zip *z, const char *part, uint64_t limit,
		 const struct cs_xml_handlers *h, void *ud, struct cs_err *err);

/* The local part of a "namespace|local" name. */
const char *cs_xml_local(const char *name);
/* The value of attribute `name` (full name, as above), or NULL. */
const char *cs_xml_attr(const char **attrs, const char *name);
/* The value of the attribute whose local name is `local`, whatever its
 * namespace, or NULL. */
const char *cs_xml_attr_local(const char **attrs, const char *local);

#endif
