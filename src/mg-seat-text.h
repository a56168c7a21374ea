/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "mg-types.h"

G_BEGIN_DECLS

char *mg_seat_text_dup_status     (MgConstituency *seat);
char *mg_seat_text_dup_result     (MgStateResult  *state,
                                   MgConstituency *seat);
char *mg_seat_text_dup_change     (MgStateResult  *state,
                                   MgConstituency *seat);
char *mg_seat_text_dup_previous   (MgStateResult  *state,
                                   MgConstituency *seat);
char *mg_seat_text_dup_turnout    (MgConstituency *seat);
char *mg_seat_text_format_summary (MgElection     *election,
                                   MgStateResult  *state,
                                   MgConstituency *seat);

G_END_DECLS
