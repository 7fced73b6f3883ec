/* delim.c - the field separator from the option, the name or the header
 * (see delim.h). */
#include "cli/core/delim.h"
#include "cli/core/names.h"

#include <string.h>

int cs_delim_detect(const char *s, size_t len)
{
	int quoted = 0, comma = 0, semi = 0, tab = 0;
	for (size_t i = 0; i < len; i++) {
		char c = s[i];
		if (c == '"')
			quoted = !quoted;
		else if (quoted)
			continue;
		else if (c == '\n' || c == '\r')
			break;
		else if (c == ',')
			comma = 1;
		else if (c == ';')
			semi = 1;
		else if (c == '\t')
			tab = 1;
	}
	if (comma || (!semi && !tab))
		return ',';
	if (semi && tab)
		return -1;
	return semi ? ';' : '\t';
}

int cs_delim_from_name(const char *path)
{
	return path && (cs_name_ends(path, ".tsv") || cs_name_ends(path, ".tab")) ? '\t' : 0;
}

int cs_delim_option(const char *v, char *delim, const char *cmd, struct cs_err *err)
{
	static const struct {
		const char *text;
		char c;
	} names[] = {
		{ ",", ',' }, { ";", ';' }, { "|", '|' }, { "\t", '\t' }, { "\\t", '\t' }, { "tab", '\t' },
		{ "comma", ',' }, { "semicolon", ';' }, { "pipe", '|' },
	};
	for (size_t i = 0; i < sizeof names / sizeof *names; i++)
		if (strcmp(v, names[i].text) == 0) {
			*delim = names[i].c;
			return 0;
		}
	char shown[CS_MSG_TEXT];
	return cs_err_usage(err, cmd, "invalid --delimiter '%s': use ',' (comma), ';' (semicolon), tab or '|'",
			    cs_msg_text(shown, sizeof shown, v, strlen(v)));
}

int cs_delim_choose(char opt, const char *path, const char *header, size_t len)
{
	if (opt)
		return opt;
	int byname = cs_delim_from_name(path);
	return byname ? byname : cs_delim_detect(header, len);
}
