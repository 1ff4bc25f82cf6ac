/* JSON report loading for `apply` and `report convert`: any bytes. A report
 * that loads must write back as JSON and SARIF without crashing. */
#include "reports/report.h"

#include <stdio.h>
#include <stdlib.h>

int LLVMFuzzerTestOneInput(const unsigned char *data, size_t size)
{
	struct report r;
	struct diag_list errors = { 0 };
	report_init(&r);
	if (report_load_json_buffer("fuzz.json", (const char *)data, size, &r, &errors) == 0) {
		FILE *devnull = fopen("/dev/null", "w");
		if (devnull) {
			struct report_write_options wo = { 0 };
			report_write(&r, REPORT_JSON, devnull, &wo);
			report_write(&r, REPORT_SARIF, devnull, &wo);
			report_write(&r, REPORT_TEXT, devnull, &wo);
			fclose(devnull);
		}
	}
	report_free(&r);
	diag_list_free(&errors);
	return 0;
}
