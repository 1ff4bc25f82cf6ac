#include "core/options.h"

#include <ctype.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

static const struct { const char *name; int build; } releases[] = {
	{ "1507", 10240 }, { "1511", 10586 }, { "1607", 14393 }, { "1703", 15063 },
	{ "1709", 16299 }, { "1803", 17134 }, { "1809", 17763 }, { "1903", 18362 },
	{ "1909", 18363 }, { "2004", 19041 }, { "20h2", 19042 }, { "21h1", 19043 },
	{ "21h2", 19044 }, { "22h2", 19045 }, { "win11", 22000 }, { "win11-21h2", 22000 },
	{ "win11-22h2", 22621 }, { "win11-23h2", 22631 }, { "win11-24h2", 26100 },
	{ "24h2", 26100 }, { "server2019", 17763 }, { "server2022", 20348 }, { "server2025", 26100 },
};

int parse_os_build(const char *s)
{
	if (!s || !*s)
		return 0;
	const char *p = s;
	if (!strncasecmp(p, "win10-", 6))
		p += 6;
	for (size_t i = 0; i < sizeof(releases) / sizeof(releases[0]); i++)
		if (!strcasecmp(p, releases[i].name))
			return releases[i].build;
	/* "10.0.17134" or "10.0...17134" (an INF decoration) or a bare build */
	const char *last = strrchr(s, '.');
	const char *num = last ? last + 1 : s;
	if (!*num)
		return 0;
	for (const char *q = num; *q; q++)
		if (!isdigit((unsigned char)*q))
			return 0;
	long b = strtol(num, NULL, 10);
	return (b >= 1000 && b < 100000) ? (int)b : 0;
}
