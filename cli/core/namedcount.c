/* namedcount.c - NAME=COUNT items on the command line (see namedcount.h). */
#include "cli/core/namedcount.h"
#include "cli/core/values.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static int add_item(struct cs_named_list *l, const char *s, size_t len, const char *arg,
		    int64_t max, const char *cmd, const char *what, const char *example,
		    struct cs_err *err)
{
	const char *eq = NULL;
	for (size_t i = 0; i < len; i++)
		if (s[i] == '=')
			eq = s + i;
	const char *num = eq ? eq + 1 : s;
	size_t numlen = eq ? len - (size_t)(eq + 1 - s) : len;
	size_t namelen = eq ? (size_t)(eq - s) : 0;
	int64_t v;
	if (eq && namelen == 0)
		return cs_err_usage(err, cmd, "invalid %s '%.*s' in '%s': the name before '=' is empty",
				    what, (int)len, s, arg);
	if (cs_parse_count(num, numlen, max, &v) != 0) {
		size_t k = 0;
		while (k < numlen && (num[k] == ' ' || num[k] == '\t'))
			k++;
		if (k < numlen && num[k] == '-')
			return cs_err_usage(err, cmd, "invalid %s '%.*s' in '%s': counts cannot be negative",
					    what, (int)len, s, arg);
		if (len == 0)
			return cs_err_usage(err, cmd, "invalid list '%s': an item is empty (two commas in a row,"
					    " or a comma at an end?)", arg);
		return cs_err_usage(err, cmd, "invalid %s '%.*s' in '%s': write a whole number, or NAME=COUNT"
				    " as in %s", what, (int)len, s, arg, example);
	}
	/* "7,000" would be the counts 7 and 0: a leading zero is refused */
	while (numlen && (*num == ' ' || *num == '\t'))
		num++, numlen--;
	if (numlen > 1 && num[0] == '0' && num[1] >= '0' && num[1] <= '9')
		return cs_err_usage(err, cmd, "invalid %s '%.*s' in '%s': a count does not start with 0; commas"
				    " separate the counts here, so write thousands without a separator (7000, not"
				    " 7,000)", what, (int)len, s, arg);
	char posname[32];
	if (!eq) {
		snprintf(posname, sizeof posname, "%zu", l->n + 1);
		s = posname;
		namelen = strlen(posname);
	}
	for (size_t i = 0; i < l->n; i++)
		if (strlen(l->item[i].name) == namelen && memcmp(l->item[i].name, s, namelen) == 0)
			return cs_err_usage(err, cmd, "the %s name '%.*s' is given twice", what, (int)namelen, s);
	struct cs_named *item = realloc(l->item, (l->n + 1) * sizeof *item);
	if (!item)
		return cs_err_set(err, CS_EXIT_ENV, "out of memory");
	l->item = item;
	char *name = strndup(s, namelen);
	if (!name)
		return cs_err_set(err, CS_EXIT_ENV, "out of memory");
	l->item[l->n].name = name;
	l->item[l->n].count = v;
	l->n++;
	return 0;
}

int cs_named_add(struct cs_named_list *l, const char *arg, int64_t max, const char *cmd,
		 const char *what, const char *example, struct cs_err *err)
{
	const char *s = arg;
	for (;;) {
		const char *comma = strchr(s, ',');
		size_t len = comma ? (size_t)(comma - s) : strlen(s);
		int rc = add_item(l, s, len, arg, max, cmd, what, example, err);
		if (rc)
			return rc;
		if (!comma)
			return 0;
		s = comma + 1;
	}
}

void cs_named_free(struct cs_named_list *l)
{
	for (size_t i = 0; i < l->n; i++)
		free(l->item[i].name);
	free(l->item);
	l->item = NULL;
	l->n = 0;
}
