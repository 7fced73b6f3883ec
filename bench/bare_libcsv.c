/* bare_libcsv.c - the floor for any libcsv-based reader: parse a file with
 * trivial callbacks (count fields and rows).  bench/run.sh times it beside
 * casestat.   bare_libcsv FILE [strict] */
#include <csv.h>
#include <fcntl.h>
#include <stdio.h>
#include <string.h>
#include <unistd.h>

static unsigned long fields, rows;
static void cb1(void *s, size_t len, void *d) { (void)s, (void)len, (void)d; fields++; }
static void cb2(int c, void *d) { (void)c, (void)d; rows++; }

int main(int argc, char **argv)
{
	if (argc < 2)
		return 2;
	int fd = open(argv[1], O_RDONLY);
	if (fd < 0)
		return 1;
	struct csv_parser p;
	csv_init(&p, argc > 2 ? CSV_STRICT | CSV_APPEND_NULL : 0);
	static char buf[1 << 16];
	ssize_t k;
	while ((k = read(fd, buf, sizeof buf)) > 0)
		if (csv_parse(&p, buf, (size_t)k, cb1, cb2, NULL) != (size_t)k)
			return 1;
	csv_fini(&p, cb1, cb2, NULL);
	printf("%lu rows, %lu fields\n", rows, fields);
	return 0;
}
