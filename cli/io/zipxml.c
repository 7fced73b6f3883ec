/* zipxml.c - zip parts streamed into expat (zipxml.h). */
#include "cli/io/zipxml.h"

#include <errno.h>
#include <expat.h>
#include <stdlib.h>
#include <string.h>
#include <zip.h>

struct cs_zip {
	zip_t *za;
	const char *name;
};

#define CHUNK 65536

int cs_zip_open(struct cs_zip **out, const char *path, const void *buf, size_t len,
		const char *name, struct cs_err *err)
{
	*out = NULL;
	struct cs_zip *z = calloc(1, sizeof *z);
	if (!z)
		return cs_err_set(err, CS_EXIT_ENV, "out of memory");
	z->name = name;
	zip_error_t ze;
	zip_error_init(&ze);
	if (buf) {
		zip_source_t *src = zip_source_buffer_create(len ? buf : "", len, 0, &ze);
		if (src) {
			z->za = zip_open_from_source(src, ZIP_RDONLY, &ze);
			if (!z->za)
				zip_source_free(src);
		}
	} else {
		int code = 0;
		z->za = zip_open(path, ZIP_RDONLY, &code);
		if (!z->za)
			zip_error_init_with_code(&ze, code);
	}
	if (!z->za) {
		int code = zip_error_code_zip(&ze);
		int rc;
		if (code == ZIP_ER_OPEN || code == ZIP_ER_READ || code == ZIP_ER_NOENT)
			rc = cs_err_set(err, CS_EXIT_ENV, "cannot read '%s': %s", name, zip_error_strerror(&ze));
		else if (code == ZIP_ER_MEMORY)
			rc = cs_err_set(err, CS_EXIT_ENV, "out of memory");
		else
			rc = cs_err_set(err, CS_EXIT_DATA, "%s: not a readable zip archive (%s): the file is damaged",
					name, zip_error_strerror(&ze));
		zip_error_fini(&ze);
		free(z);
		return rc;
	}
	zip_error_fini(&ze);
	*out = z;
	return 0;
}

void cs_zip_close(struct cs_zip *z)
{
	if (!z)
		return;
	zip_discard(z->za);     /* read-only: nothing to write back */
	free(z);
}

static zip_int64_t locate(struct cs_zip *z, const char *part)
{
	zip_int64_t i = zip_name_locate(z->za, part, 0);
	return i >= 0 ? i : zip_name_locate(z->za, part, ZIP_FL_NOCASE);
}

int cs_zip_has(struct cs_zip *z, const char *part)
{
	return locate(z, part) >= 0;
}

long cs_zip_peek(struct cs_zip *z, const char *part, char *buf, size_t size)
{
	buf[0] = '\0';
	zip_int64_t i = locate(z, part);
	if (i < 0 || size < 1)
		return -1;
	zip_file_t *f = zip_fopen_index(z->za, (zip_uint64_t)i, 0);
	if (!f)
		return -1;
	size_t got = 0;
	while (got < size - 1) {
		zip_int64_t n = zip_fread(f, buf + got, size - 1 - got);
		if (n <= 0) {
			if (n < 0)
				got = 0;
			break;
		}
		got += (size_t)n;
	}
	zip_fclose(f);
	buf[got] = '\0';
	return (long)got;
}

/* ---- expat ---------------------------------------------------------------- */

struct run {
	const struct cs_xml_handlers *h;
	void *ud;
	XML_Parser p;
	int rc;                 /* a handler's result once it stopped the parser */
	struct cs_err *err;
	const char *name, *part;
};

static void stop(struct run *r, int rc)
{
	r->rc = rc;
	XML_StopParser(r->p, XML_FALSE);
}

static void XMLCALL on_start(void *u, const XML_Char *name, const XML_Char **attrs)
{
	struct run *r = u;
	int rc;
	if (!r->rc && r->h->start && (rc = r->h->start(r->ud, name, attrs)) != 0)
		stop(r, rc);
}

static void XMLCALL on_end(void *u, const XML_Char *name)
{
	struct run *r = u;
	int rc;
	if (!r->rc && r->h->end && (rc = r->h->end(r->ud, name)) != 0)
		stop(r, rc);
}

static void XMLCALL on_text(void *u, const XML_Char *s, int len)
{
	struct run *r = u;
	int rc;
	if (!r->rc && r->h->text && len > 0 && (rc = r->h->text(r->ud, s, (size_t)len)) != 0)
		stop(r, rc);
}

/* No office file has a document type declaration; refusing them leaves no
 * way to declare an entity (billion laughs, external files). */
static void XMLCALL on_doctype(void *u, const XML_Char *name, const XML_Char *sysid,
			       const XML_Char *pubid, int internal)
{
	(void)name, (void)sysid, (void)pubid, (void)internal;
	struct run *r = u;
	if (!r->rc)
		stop(r, cs_err_set(r->err, CS_EXIT_DATA, "%s: %s has a document type declaration, which no "
				   "spreadsheet has: refused", r->name, r->part));
}

static void XMLCALL on_entity(void *u, const XML_Char *name, int param, const XML_Char *value, int vlen,
			      const XML_Char *base, const XML_Char *sysid, const XML_Char *pubid,
			      const XML_Char *notation)
{
	(void)name, (void)param, (void)value, (void)vlen, (void)base, (void)sysid, (void)pubid, (void)notation;
	struct run *r = u;
	if (!r->rc)
		stop(r, cs_err_set(r->err, CS_EXIT_DATA, "%s: %s declares an entity: refused", r->name, r->part));
}

static int too_big(struct run *r, uint64_t limit)
{
	return cs_err_set(r->err, CS_EXIT_DATA, "%s: %s inflates to more than %llu bytes (the limit): "
			  "the file is damaged or a zip bomb", r->name, r->part, (unsigned long long)limit);
}

int cs_zip_parse(struct cs_zip *z, const char *part, uint64_t limit,
		 const struct cs_xml_handlers *h, void *ud, struct cs_err *err)
{
	struct run r = { .h = h, .ud = ud, .err = err, .name = z->name, .part = part };
	zip_int64_t idx = locate(z, part);
	if (idx < 0)
		return CS_XML_MISSING;
	zip_stat_t st;
	zip_stat_init(&st);
	if (zip_stat_index(z->za, (zip_uint64_t)idx, 0, &st) == 0 && (st.valid & ZIP_STAT_SIZE) &&
	    st.size > limit)
		return too_big(&r, limit);
	zip_file_t *f = zip_fopen_index(z->za, (zip_uint64_t)idx, 0);
	if (!f)
		return cs_err_set(err, CS_EXIT_DATA, "%s: cannot read %s (%s): the file is damaged", z->name, part,
				  zip_strerror(z->za));
	r.p = XML_ParserCreateNS(NULL, '|');
	if (!r.p) {
		zip_fclose(f);
		return cs_err_set(err, CS_EXIT_ENV, "out of memory");
	}
	XML_SetUserData(r.p, &r);
	XML_SetElementHandler(r.p, on_start, on_end);
	XML_SetCharacterDataHandler(r.p, on_text);
	XML_SetStartDoctypeDeclHandler(r.p, on_doctype);
	XML_SetEntityDeclHandler(r.p, on_entity);
	XML_SetParamEntityParsing(r.p, XML_PARAM_ENTITY_PARSING_NEVER);
	uint64_t total = 0;
	int rc = 0;
	for (;;) {
		void *b = XML_GetBuffer(r.p, CHUNK);
		if (!b) {
			rc = cs_err_set(err, CS_EXIT_ENV, "out of memory");
			break;
		}
		zip_int64_t n = zip_fread(f, b, CHUNK);
		if (n < 0) {
			rc = cs_err_set(err, CS_EXIT_DATA, "%s: cannot inflate %s (%s): the file is damaged",
					z->name, part, zip_file_strerror(f));
			break;
		}
		total += (uint64_t)n;
		if (total > limit) {
			rc = too_big(&r, limit);
			break;
		}
		if (XML_ParseBuffer(r.p, (int)n, n == 0) == XML_STATUS_ERROR || r.rc) {
			if (r.rc)
				rc = r.rc == CS_XML_DONE ? 0 : r.rc;
			else
				rc = cs_err_set(err, CS_EXIT_DATA, "%s: %s, line %lu, column %lu: %s: the file is damaged",
						z->name, part, (unsigned long)XML_GetCurrentLineNumber(r.p),
						(unsigned long)XML_GetCurrentColumnNumber(r.p) + 1,
						XML_ErrorString(XML_GetErrorCode(r.p)));
			break;
		}
		if (n == 0)
			break;
	}
	XML_ParserFree(r.p);
	zip_fclose(f);
	return rc;
}

const char *cs_xml_local(const char *name)
{
	const char *bar = strrchr(name, '|');
	return bar ? bar + 1 : name;
}

const char *cs_xml_attr(const char **attrs, const char *name)
{
	for (; attrs[0]; attrs += 2)
		if (strcmp(attrs[0], name) == 0)
			return attrs[1];
	return NULL;
}

const char *cs_xml_attr_local(const char **attrs, const char *local)
{
	for (; attrs[0]; attrs += 2)
		if (strcmp(cs_xml_local(attrs[0]), local) == 0)
			return attrs[1];
	return NULL;
}
