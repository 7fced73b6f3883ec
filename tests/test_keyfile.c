/* test_keyfile.c - tests of cli/io/keyfile.c: reading and making keys. */
#include "test_util.h"
#include "cli/io/keyfile.h"
#include "cli/core/pseudonym.h"

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

static char dir[64];

static int setup(void **state)
{
	(void)state;
	strcpy(dir, "/tmp/cs_test_keyfile.XXXXXX");
	return mkdtemp(dir) ? 0 : -1;
}

static int teardown(void **state)
{
	(void)state;
	char cmd[128];
	snprintf(cmd, sizeof cmd, "rm -rf '%s'", dir);
	return system(cmd) == 0 ? 0 : -1;
}

static const char *path_of(const char *name)
{
	static char p[128];
	snprintf(p, sizeof p, "%s/%s", dir, name);
	return p;
}

static void write_file(const char *path, size_t n, mode_t mode)
{
	int fd = open(path, O_WRONLY | O_CREAT | O_TRUNC, 0600);
	assert_true(fd >= 0);
	for (size_t i = 0; i < n; i++) {
		unsigned char c = (unsigned char)('A' + i % 26);
		assert_int_equal(write(fd, &c, 1), 1);
	}
	assert_int_equal(fchmod(fd, mode), 0);
	close(fd);
}

static void test_generate(void **state)
{
	(void)state;
	struct cs_err e = { 0 };
	const char *p = path_of("k1");
	assert_int_equal(cs_key_generate(p, CS_KEYGEN_BYTES, &e), 0);
	struct stat st;
	assert_int_equal(stat(p, &st), 0);
	assert_int_equal(st.st_mode & 07777, 0600);
	assert_int_equal(st.st_size, CS_KEYGEN_BYTES);
	struct cs_key k1, k2;
	assert_int_equal(cs_key_read(p, &k1, &e), 0);
	assert_int_equal(k1.len, CS_KEYGEN_BYTES);

	/* never over an existing file */
	assert_int_equal(cs_key_generate(p, CS_KEYGEN_BYTES, &e), CS_EXIT_ENV);
	assert_non_null(strstr(e.msg, "exists: keygen never replaces a file"));
	assert_int_equal(cs_key_read(p, &k2, &e), 0);
	assert_memory_equal(k1.bytes, k2.bytes, k1.len);

	/* nor through a symbolic link, even a dangling one */
	const char *link = path_of("link");
	assert_int_equal(symlink(path_of("nowhere"), link), 0);
	assert_int_equal(cs_key_generate(link, CS_KEYGEN_BYTES, &e), CS_EXIT_ENV);
	assert_int_equal(access(path_of("nowhere"), F_OK), -1);

	/* two keys differ (2^-256 chance of a false failure) */
	assert_int_equal(cs_key_generate(path_of("k2"), CS_KEYGEN_BYTES, &e), 0);
	assert_int_equal(cs_key_read(path_of("k2"), &k2, &e), 0);
	assert_memory_not_equal(k1.bytes, k2.bytes, k1.len);

	/* a umask that would drop the owner's read bit does not matter */
	mode_t old = umask(0277);
	assert_int_equal(cs_key_generate(path_of("k3"), CS_KEYGEN_BYTES, &e), 0);
	umask(old);
	assert_int_equal(stat(path_of("k3"), &st), 0);
	assert_int_equal(st.st_mode & 07777, 0600);

	/* no directory to write into */
	assert_int_equal(cs_key_generate(path_of("no/such/dir"), CS_KEYGEN_BYTES, &e), CS_EXIT_ENV);
	assert_non_null(strstr(e.msg, "cannot write"));
}

static void test_read(void **state)
{
	(void)state;
	struct cs_err e = { 0 };
	struct cs_key k;
	static const struct { size_t n; mode_t mode; const char *msg; } cases[] = {
		{ 32, 0600, NULL },
		{ 33, 0400, NULL },
		{ CS_KEY_MAX, 0600, NULL },
		{ 31, 0600, "holds 31 bytes; a key needs at least 32" },
		{ 0, 0600, "holds 0 bytes; a key needs at least 32" },
		{ CS_KEY_MAX + 1, 0600, "is longer than 4096 bytes" },
		{ 32, 0640, "is open to other users (mode 0640)" },
		{ 32, 0604, "is open to other users (mode 0604)" },
		{ 32, 0620, "is open to other users (mode 0620)" },
	};
	for (size_t i = 0; i < sizeof cases / sizeof *cases; i++) {
		const char *p = path_of("key");
		unlink(p);
		write_file(p, cases[i].n, cases[i].mode);
		memset(&e, 0, sizeof e);
		int rc = cs_key_read(p, &k, &e);
		if (!cases[i].msg) {
			assert_int_equal(rc, 0);
			assert_int_equal(k.len, cases[i].n);
			assert_int_equal(k.bytes[0], 'A');
			assert_int_equal(k.bytes[k.len - 1], 'A' + (k.len - 1) % 26);
		} else {
			assert_int_equal(rc, CS_EXIT_ENV);
			if (!strstr(e.msg, cases[i].msg))
				fail_msg("case %zu: '%s' lacks '%s'", i, e.msg, cases[i].msg);
			/* a refused key is wiped, and no message shows its bytes */
			assert_int_equal(k.len, 0);
			assert_null(strstr(e.msg, "ABCDEFGH"));
		}
	}
	assert_int_equal(cs_key_read(path_of("missing"), &k, &e), CS_EXIT_ENV);
	assert_non_null(strstr(e.msg, "cannot read key file"));
	assert_int_equal(cs_key_read(dir, &k, &e), CS_EXIT_ENV);
	assert_non_null(strstr(e.msg, "is not a regular file"));

	/* a pipe (as from a password manager) is read to its end */
	int fds[2];
	assert_int_equal(pipe(fds), 0);
	assert_int_equal(write(fds[1], "0123456789abcdef0123456789abcdef!", 33), 33);
	close(fds[1]);
	char dev[32];
	snprintf(dev, sizeof dev, "/dev/fd/%d", fds[0]);
	assert_int_equal(cs_key_read(dev, &k, &e), 0);
	assert_int_equal(k.len, 33);
	close(fds[0]);
	cs_key_wipe(&k);
	assert_int_equal(k.len, 0);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_generate),
		cmocka_unit_test(test_read),
	};
	return cmocka_run_group_tests(tests, setup, teardown);
}
