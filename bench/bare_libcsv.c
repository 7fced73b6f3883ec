/* bare_libcsv.c - the floor for any libcsv-based reader: parse a file with
 * trivial callbacks (count fields and rows), strict as casestat parses.
 *   bare_libcsv FILE        one parser
 *   bare_libcsv FILE 2      the file cut at the newline nearest its middle
 *                           (no quote check) and parsed by two threads
 * bench/run.sh times it beside casestat. */
#include <csv.h>
#include <fcntl.h>
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

struct range { int fd; off_t from, to; unsigned long fields, rows; };

static void cb1(void *s, size_t len, void *d) { (void)s, (void)len; ((struct range *)d)->fields++; }
static void cb2(int c, void *d) { (void)c; ((struct range *)d)->rows++; }

static void *parse(void *arg)
{
	struct range *r = arg;
	struct csv_parser p;
	csv_init(&p, CSV_STRICT | CSV_STRICT_FINI | CSV_REPALL_NL | CSV_APPEND_NULL);
	static __thread char buf[1 << 16];
	for (off_t at = r->from; at < r->to;) {
		size_t want = (size_t)(r->to - at) < sizeof buf ? (size_t)(r->to - at) : sizeof buf;
		ssize_t k = pread(r->fd, buf, want, at);
		if (k <= 0 || csv_parse(&p, buf, (size_t)k, cb1, cb2, r) != (size_t)k)
			exit(1);
		at += k;
	}
	csv_fini(&p, cb1, cb2, r);
	csv_free(&p);
	return NULL;
}

int main(int argc, char **argv)
{
	if (argc < 2)
		return 2;
	int fd = open(argv[1], O_RDONLY);
	struct stat st;
	if (fd < 0 || fstat(fd, &st) != 0)
		return 1;
	struct range a = { fd, 0, st.st_size, 0, 0 }, b = a;
	if (argc > 2 && strcmp(argv[2], "2") == 0) {
		char w[4096];
		off_t mid = st.st_size / 2;
		ssize_t k = pread(fd, w, sizeof w, mid);
		char *nl = k > 0 ? memchr(w, '\n', (size_t)k) : NULL;
		a.to = b.from = nl ? mid + (nl - w) + 1 : st.st_size;
		pthread_t t;
		pthread_create(&t, NULL, parse, &b);
		parse(&a);
		pthread_join(t, NULL);
	} else {
		parse(&a);
	}
	printf("%lu rows, %lu fields\n", a.rows + b.rows, a.fields + b.fields);
	return 0;
}
