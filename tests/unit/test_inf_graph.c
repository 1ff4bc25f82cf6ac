/* The install graph: decorations, down-level detection, DDInstall lookup,
 * suffix sections, referenced sections and their HKR meaning. */
#include "tests/harness.h"
#include "test_inf_rule_common.h"
#include "inf-migrate/inf_graph.h"

#include <strings.h>

static struct inf_file *parse(const char *s)
{
	return tinf_parse("g.inf", s, strlen(s));
}

static const struct inf_reach *reach_of(const struct inf_graph *g, const char *section, enum inf_role role)
{
	for (size_t i = 0; i < g->n_reach; i++)
		if (strcasecmp(g->reach[i].section->name, section) == 0 && g->reach[i].role == role)
			return &g->reach[i];
	return NULL;
}

static bool reached(const struct inf_graph *g, const char *section)
{
	const struct inf_section *s = inf_find_section(g->inf, section);
	return s && inf_graph_find(g, s) >= 0;
}

TEST(decoration_parse)
{
	char *arch;
	bool nt, ver;
	struct inf_version v;
	CHECK(inf_decoration_parse("NTamd64.10.0...16299", &arch, &nt, &ver, &v));
	CHECK_STR(arch, "amd64");
	CHECK(nt && ver);
	CHECK_INT(v.major, 10);
	CHECK_INT(v.minor, 0);
	CHECK_INT(v.build, 16299);
	free(arch);
	CHECK(inf_decoration_parse("NT$ARCH$.6.1", &arch, &nt, &ver, &v));
	CHECK_STR(arch, "$ARCH$");
	CHECK_INT(v.major, 6);
	CHECK_INT(inf_version_build(v), 7600);
	free(arch);
	CHECK(inf_decoration_parse("ntx86", &arch, &nt, &ver, &v));
	CHECK(!ver);
	free(arch);
	CHECK(!inf_decoration_parse("NTfoo", &arch, &nt, &ver, &v));
	free(arch);
	CHECK(!inf_decoration_parse("NTamd64.ten", &arch, &nt, &ver, &v));
	free(arch);
	struct inf_version a = { 10, 0, 16299 }, b = { 10, 0, 17763 };
	CHECK(inf_version_cmp(a, b) < 0);
	CHECK_INT(inf_version_build((struct inf_version){ 10, 0, 0 }), 10240);
}

static const char *DEVICE_INF =
	"[Version]\nSignature=\"$WINDOWS NT$\"\n"
	"[Manufacturer]\n%M%=Models,NTamd64,NTamd64.10.0...16299\n"
	"[Models.NTamd64]\n%D%=Old_Install,PCI\\VEN_1\n"
	"[Models.NTamd64.10.0...16299]\n%D%=New_Install,PCI\\VEN_1\n"
	"[Old_Install]\nCopyFiles=Old_Files\n"
	"[Old_Install.Services]\nAddService=svc,2,Old_Svc\n"
	"[Old_Svc]\nServiceBinary=%12%\\x.sys\n"
	"[Old_Files]\nx.sys\n"
	"[New_Install.NT]\nCopyFiles=New_Files\n"
	"[New_Install.NTamd64]\nCopyFiles=New_Files\nAddReg=New_Sw\nNeeds=Shared_Part\n"
	"[New_Install.NTamd64.HW]\nAddReg=New_Hw\n"
	"[New_Install.NTamd64.Services]\nAddService=svc,2,New_Svc,New_Evt\n"
	"[New_Install.NTamd64.Interfaces]\nAddInterface={1234},,New_If\n"
	"[New_If]\nAddReg=If_Reg\n"
	"[If_Reg]\nHKR,,A,,1\n"
	"[New_Install.NTamd64.Wdf]\nUmdfService=svcu,New_Umdf\n"
	"[New_Umdf]\nServiceBinary=%13%\\u.dll\n"
	"[New_Svc]\nServiceBinary=%13%\\x.sys\nAddReg=Svc_Reg\n"
	"[Svc_Reg]\nHKR,Parameters,A,,1\n"
	"[New_Evt]\nAddReg=Evt_Reg\n"
	"[Evt_Reg]\nHKR,,TypesSupported,0x10001,7\n"
	"[Shared_Part]\nAddReg=Shared_Reg\n"
	"[Shared_Reg]\nHKR,,B,,1\n"
	"[New_Sw]\nHKR,,C,,1\n"
	"[New_Hw]\nHKR,,D,,1\n"
	"[New_Files]\nx.sys\n"
	"[Orphan]\nHKLM,Software\\X,Y,,1\n"
	"[Strings]\nM=\"M\"\nD=\"D\"\n";

TEST(models_and_downlevel)
{
	struct inf_file *inf = parse(DEVICE_INF);
	CHECK(inf != NULL);
	struct inf_graph *g = inf_graph_build(inf);
	CHECK_INT(g->n_decorations, 2);
	CHECK(g->decorations[0].bounded);
	CHECK_INT(g->decorations[0].upper.build, 16299);
	CHECK(!g->decorations[1].bounded);
	const struct inf_reach *old = reach_of(g, "Old_Install", INF_ROLE_INSTALL);
	CHECK(old && old->downlevel);
	CHECK(!inf_graph_enforced(g, inf_find_section(inf, "Old_Files")));
	CHECK(!inf_graph_enforced(g, inf_find_section(inf, "Old_Svc")));
	/* .NTamd64 wins over .NT for an NTamd64 Models section */
	CHECK(reach_of(g, "New_Install.NTamd64", INF_ROLE_INSTALL) != NULL);
	CHECK(!reached(g, "New_Install.NT"));
	CHECK(inf_graph_enforced(g, inf_find_section(inf, "New_Files")));
	/* reached sections get the HKR meaning of the path */
	CHECK_INT(reach_of(g, "New_Sw", INF_ROLE_ADDREG)->hkr, INF_HKR_DEVICE_SOFTWARE);
	CHECK_INT(reach_of(g, "New_Hw", INF_ROLE_ADDREG)->hkr, INF_HKR_DEVICE_HARDWARE);
	const struct inf_reach *sr = reach_of(g, "Svc_Reg", INF_ROLE_ADDREG);
	CHECK(sr && sr->hkr == INF_HKR_SERVICE);
	CHECK_STR(sr->service, "svc");
	CHECK_INT(reach_of(g, "Evt_Reg", INF_ROLE_ADDREG)->hkr, INF_HKR_EVENTLOG);
	CHECK_INT(reach_of(g, "If_Reg", INF_ROLE_ADDREG)->hkr, INF_HKR_INTERFACE);
	/* Needs of a local section is followed with the needing section's role */
	CHECK_INT(reach_of(g, "Shared_Reg", INF_ROLE_ADDREG)->hkr, INF_HKR_DEVICE_SOFTWARE);
	CHECK(reach_of(g, "New_Umdf", INF_ROLE_WDF_SERVICE) != NULL);
	CHECK(reach_of(g, "New_Umdf", INF_ROLE_WDF_SERVICE)->umdf);
	/* unreferenced sections are not install content */
	CHECK(!reached(g, "Orphan"));
	CHECK(!reached(g, "Strings"));
	/* services: both AddService lines are own; one is enforced */
	const struct inf_service *sv = inf_graph_service(g, "SVC");
	CHECK(sv != NULL);
	CHECK(inf_graph_service(g, "other") == NULL);
	/* path text names the chain */
	int i = inf_graph_find(g, inf_find_section(inf, "Svc_Reg"));
	char *path = inf_graph_path(g, i);
	CHECK(strstr(path, "[Manufacturer]") != NULL);
	CHECK(strstr(path, "[Models.NTamd64.10.0...16299]") != NULL);
	CHECK(strstr(path, "AddService=New_Svc") != NULL);
	CHECK(strstr(path, "AddReg=Svc_Reg") != NULL);
	free(path);
	/* enforced reaches come first */
	bool seen_down = false;
	for (size_t k = 0; k < g->n_reach; k++) {
		if (g->reach[k].downlevel)
			seen_down = true;
		else
			CHECK(!seen_down);
	}
	inf_graph_free(g);
	inf_free(inf);
}

TEST(primitive_and_uninstall)
{
	struct inf_file *inf = parse(
		"[Version]\nSignature=\"$WINDOWS NT$\"\n"
		"[DefaultInstall.NT$ARCH$.10.0...25952]\nCopyFiles=New\n"
		"[DefaultInstall.NT$ARCH$.10.0...25952.Services]\nAddService=f,,F_New\n"
		"[DefaultInstall.NT$ARCH$]\nCopyFiles=Old\n"
		"[DefaultInstall.NT$ARCH$.Services]\nAddService=f,,F_Old\n"
		"[DefaultUninstall.NT$ARCH$]\nLegacyUninstall=1\nDelFiles=Old\n"
		"[DefaultUninstall]\nDelFiles=Old\n"
		"[F_New]\nServiceBinary=%13%\\f.sys\n[F_Old]\nServiceBinary=%12%\\f.sys\n"
		"[New]\nf.sys\n[Old]\nf.sys\n");
	CHECK(inf != NULL);
	struct inf_graph *g = inf_graph_build(inf);
	CHECK(inf_graph_enforced(g, inf_find_section(inf, "F_New")));
	CHECK(!inf_graph_enforced(g, inf_find_section(inf, "F_Old")));
	const struct inf_reach *u = reach_of(g, "DefaultUninstall.NT$ARCH$", INF_ROLE_DEFAULT_UNINSTALL);
	CHECK(u && u->downlevel);
	/* an undecorated DefaultUninstall next to decorated ones is the pre-XP fallback */
	const struct inf_reach *u0 = reach_of(g, "DefaultUninstall", INF_ROLE_DEFAULT_UNINSTALL);
	CHECK(u0 && u0->downlevel);
	inf_graph_free(g);
	inf_free(inf);
}

TEST(class_install_and_missing_sections)
{
	struct inf_file *inf = parse(
		"[Version]\nSignature=\"$WINDOWS NT$\"\n"
		"[ClassInstall32]\nAddReg=Cls\n[Cls]\nHKR,,Icon,,-5\n"
		"[Manufacturer]\n%M%=Gone,NTamd64\n"
		"[Strings]\nM=M\n");
	CHECK(inf != NULL);
	struct inf_graph *g = inf_graph_build(inf);
	CHECK_INT(reach_of(g, "Cls", INF_ROLE_ADDREG)->hkr, INF_HKR_CLASS);
	CHECK_INT(g->n_decorations, 1);
	CHECK(g->decorations[0].section == NULL);
	inf_graph_free(g);
	inf_free(inf);
}

TEST(generic_nt_is_not_bounded_by_one_architecture)
{
	/* NT serves x86/arm64 at every build even when amd64 has its own newer section */
	struct inf_file *inf = parse("[Manufacturer]\n%M%=Models,NT,NTamd64.10.0...16299,NTx86.6.1\n"
				     "[Models.NT]\nD=I,x\n[Models.NTamd64.10.0...16299]\nD=I,x\n"
				     "[Models.NTx86.6.1]\nD=I,x\n[I]\nCopyFiles=L\n[L]\nx.sys\n[Strings]\nM=M\n");
	CHECK(inf != NULL);
	struct inf_graph *g = inf_graph_build(inf);
	CHECK_INT(g->n_decorations, 3);
	CHECK(!g->decorations[0].bounded);
	CHECK(!g->decorations[1].bounded);
	CHECK(!g->decorations[2].bounded);
	inf_graph_free(g);
	inf_free(inf);
	/* a newer generic NT section does bound an older arch-specific one */
	inf = parse("[Manufacturer]\n%M%=Models,NTamd64,NT.10.0...16299\n[Models.NTamd64]\nD=I,x\n"
		    "[Models.NT.10.0...16299]\nD=I,x\n[I]\nCopyFiles=L\n[L]\nx.sys\n[Strings]\nM=M\n");
	CHECK(inf != NULL);
	g = inf_graph_build(inf);
	CHECK(g->decorations[0].bounded);
	CHECK(!g->decorations[1].bounded);
	inf_graph_free(g);
	inf_free(inf);
}

int main(void)
{
	RUN(generic_nt_is_not_bounded_by_one_architecture);
	RUN(decoration_parse);
	RUN(models_and_downlevel);
	RUN(primitive_and_uninstall);
	RUN(class_install_and_missing_sections);
	return HARNESS_DONE();
}
