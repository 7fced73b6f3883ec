/* gen.c - write a deterministic synthetic donors CSV of a given size for
 * benchmarks:  bench/gen ROWS > donors.csv
 *
 * Columns like datasets/donors.csv (fewer of them); about 12%
 * of rows have a region with a comma, written quoted ("Almaty, city"), and
 * one row in 1,000 has a quoted note field holding a newline, so parallel
 * parsing must cope with quotes near any split point.  A fixed 64-bit LCG
 * makes the bytes the same on every machine. */
#include <stdio.h>
#include <stdlib.h>

static unsigned long long state = 88172645463325252ull;

static unsigned next(void)
{
	state = state * 6364136223846793005ull + 1442695040888963407ull;
	return (unsigned)(state >> 33);
}

int main(int argc, char **argv)
{
	if (argc != 2) {
		fprintf(stderr, "usage: gen ROWS\n");
		return 2;
	}
	long rows = atol(argv[1]);
	static const char *const regions[] = {
		"Almaty", "Astana", "Shymkent", "Karaganda Region", "Aktobe Region",
		"Pavlodar Region", "Kostanay Region", "Atyrau Region", "Turkistan Region",
		"Zhambyl Region", "Abai Region", "Jetisu Region",
	};
	static const char *const quoted[] = { "\"Almaty, city\"", "\"Astana, city\"", "\"Shymkent, city\"" };
	static const char *const channels[] = { "Kaspi", "Kaspi", "Kaspi", "card", "bank transfer", "cash" };
	static char buf[1 << 16];
	setvbuf(stdout, buf, _IOFBF, sizeof buf);
	fputs("donor_id,region,date,amount_kzt,channel,questioned,note\n", stdout);
	for (long i = 0; i < rows; i++) {
		unsigned r = next();
		const char *region = r % 100 < 12 ? quoted[r % 3] : regions[(r >> 8) % 12];
		unsigned d = next();
		unsigned amount = 200 + next() % 20000;
		int q = next() % 1000 < 111;
		const char *note = i % 1000 == 999 ? "\"called twice,\nno answer\"" : "";
		printf("%ld,%s,2023-%02u-%02u,%u,%s,%s,%s\n", i + 1, region, 6 + d % 3,
		       1 + (d >> 8) % 28, amount, channels[(d >> 16) % 6], q ? "true" : "false", note);
	}
	return ferror(stdout) ? 1 : 0;
}
