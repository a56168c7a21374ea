/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib.h>

#include "mg-summary-render.h"

G_BEGIN_DECLS

/* Exit statuses of the command-line modes. */
#define MG_EXIT_OK      0
#define MG_EXIT_FAILURE 1
#define MG_EXIT_USAGE   2

void mg_cli_print      (FILE       *stream,
                        const char *text);
int  mg_cli_fail       (int         status,
                        const char *format,
                        ...) G_GNUC_PRINTF (2, 3);
int  mg_cli_summary    (const char *feed,
                        const char *state_id,
                        guint       constituency,
                        gboolean    changes,
                        gboolean    by_alliance);
int  mg_cli_export_chart  (const char *feed,
                          const char *state_id,
                          const char *path,
                          guint       width,
                          gboolean    transparent,
                          gboolean    by_alliance);
int  mg_cli_export_summary (const char *feed,
                            const char *state_id,
                            const char *path,
                            MgSummaryOptions options);
int  mg_cli_export_csv (const char *feed,
                        const char *state_id,
                        const char *path);
void mg_cli_set_at     (const char *at);
int  mg_cli_check_feed (const char *feed);
int  mg_cli_convert    (const char *feed,
                        const char *path);

G_END_DECLS
