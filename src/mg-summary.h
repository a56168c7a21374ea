/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "mg-types.h"

G_BEGIN_DECLS

char *mg_summary_dup_headline      (MgStateResult *state);
char *mg_summary_dup_majority_line (MgStateResult *state);
char *mg_summary_dup_decided_line  (MgStateResult *state);
char *mg_summary_dup_status        (MgStateResult *state);
char *mg_summary_dup_party_line    (MgPartyResult *party);
char *mg_summary_dup_chart_description (MgStateResult *state);
char *mg_summary_format_time       (GDateTime     *time,
                                    GTimeZone     *zone);
char          *mg_summary_format_hour   (GDateTime *time,
                                        GTimeZone *zone);
char *mg_summary_format_clock      (GDateTime     *time,
                                    GTimeZone     *zone);
char *mg_summary_format_text       (MgElection    *election,
                                    MgStateResult *only,
                                    gboolean       by_alliance);
char *mg_summary_format_check      (MgElection    *election);

char *mg_summary_dup_of_seats      (guint          seats);

void  mg_summary_append_status_line (GString       *out,
                                    MgElection    *election,
                                    const char    *status);

G_END_DECLS
