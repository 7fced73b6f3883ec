/* test_book.h - small .xlsx workbooks built with libzip for the tests of
 * cs_input_read() (tests/test_input.c): one sheet whose rows are given as
 * the XML of <sheetData>, cells of inline strings, numbers or errors. */
#ifndef CS_TEST_BOOK_H
#define CS_TEST_BOOK_H

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>
#include <zip.h>

#define BOOK_NS "xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\" " \
	"xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships\""
#define BOOK_REL "http://schemas.openxmlformats.org/officeDocument/2006/relationships/"

/* Write an .xlsx whose first sheet, "Sheet1", has sheet_data (the inside
 * of <sheetData>) to path. */
static inline void book_write(const char *path, const char *sheet_data)
{
	static const char types[] =
		"<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
		"<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
		"<Default Extension=\"xml\" ContentType=\"application/xml\"/>"
		"<Override PartName=\"/xl/workbook.xml\" ContentType=\"application/vnd.openxmlformats-"
		"officedocument.spreadsheetml.sheet.main+xml\"/></Types>";
	static const char rels[] =
		"<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
		"<Relationship Id=\"rId1\" Type=\"" BOOK_REL "officeDocument\" Target=\"xl/workbook.xml\"/>"
		"</Relationships>";
	static const char wb[] =
		"<workbook " BOOK_NS "><sheets><sheet name=\"Sheet1\" sheetId=\"1\" r:id=\"rId1\"/>"
		"<sheet name=\"Other\" sheetId=\"2\" r:id=\"rId2\"/></sheets></workbook>";
	static const char wb_rels[] =
		"<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
		"<Relationship Id=\"rId1\" Type=\"" BOOK_REL "worksheet\" Target=\"worksheets/sheet1.xml\"/>"
		"<Relationship Id=\"rId2\" Type=\"" BOOK_REL "worksheet\" Target=\"worksheets/sheet2.xml\"/>"
		"</Relationships>";
	static const char other[] =
		"<worksheet " BOOK_NS "><sheetData><row r=\"1\"><c r=\"A1\" t=\"inlineStr\"><is><t>k</t></is></c>"
		"</row><row r=\"2\"><c r=\"A2\"><v>7</v></c></row></sheetData></worksheet>";
	size_t n = strlen(sheet_data) + 256;
	char *sheet = malloc(n);
	if (!sheet)
		abort();
	snprintf(sheet, n, "<worksheet " BOOK_NS "><sheetData>%s</sheetData></worksheet>", sheet_data);
	const char *parts[][2] = {
		{ "[Content_Types].xml", types }, { "_rels/.rels", rels }, { "xl/workbook.xml", wb },
		{ "xl/_rels/workbook.xml.rels", wb_rels }, { "xl/worksheets/sheet1.xml", sheet },
		{ "xl/worksheets/sheet2.xml", other },
	};
	int err = 0;
	zip_t *z = zip_open(path, ZIP_CREATE | ZIP_TRUNCATE, &err);
	if (!z)
		abort();
	for (size_t i = 0; i < sizeof parts / sizeof *parts; i++) {
		zip_source_t *src = zip_source_buffer(z, parts[i][1], strlen(parts[i][1]), 0);
		if (!src || zip_file_add(z, parts[i][0], src, ZIP_FL_ENC_UTF_8) < 0)
			abort();
	}
	if (zip_close(z) != 0)
		abort();
	free(sheet);
}

/* Append to buf (size bytes in all) the XML of an inline-string cell at
 * ref holding text, escaped. */
static inline void book_text(char *buf, size_t size, const char *ref, const char *text)
{
	size_t n = strlen(buf);
	n += (size_t)snprintf(buf + n, size - n, "<c r=\"%s\" t=\"inlineStr\"><is><t xml:space=\"preserve\">", ref);
	for (const char *p = text; *p && n + 8 < size; p++) {
		const char *e = *p == '<' ? "&lt;" : *p == '&' ? "&amp;" : *p == '>' ? "&gt;" : NULL;
		if (e)
			n += (size_t)snprintf(buf + n, size - n, "%s", e);
		else
			buf[n++] = *p, buf[n] = '\0';
	}
	snprintf(buf + n, size - n, "</t></is></c>");
}

#endif
