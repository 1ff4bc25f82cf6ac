/*
 * builtin: one function per `driso <command>`, each in cli/cmd_<command>.c
 * (git's builtin/ layout). Each takes argv with argv[0] = the command name,
 * prints its own --help, and returns the process exit code:
 * 0 clean, 1 findings, 2 usage or fatal error.
 */
#ifndef DRISO_BUILTIN_H
#define DRISO_BUILTIN_H

#define EXIT_CLEAN 0
#define EXIT_FINDINGS 1
#define EXIT_FATAL 2

int cmd_scan(int argc, char **argv);
int cmd_fix(int argc, char **argv);
int cmd_apply(int argc, char **argv);
int cmd_inf(int argc, char **argv);
int cmd_report(int argc, char **argv);
int cmd_explain(int argc, char **argv);
int cmd_packages(int argc, char **argv);
int cmd_doctor(int argc, char **argv);
int cmd_version(int argc, char **argv);

/* True when argv has -h or --help anywhere before "--". */
int wants_help(int argc, char **argv);

#endif
