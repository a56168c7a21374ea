/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib.h>

#include "mg-types.h"

G_BEGIN_DECLS

char       *mg_seat_labels_dup_name               (MgConstituency *seat);
char       *mg_seat_labels_dup_title              (MgConstituency *seat);
const char *mg_seat_labels_party_name             (MgStateResult  *state,
                                                   const char     *party_id);
char       *mg_seat_labels_dup_sentence           (MgStateResult  *state,
                                                   MgConstituency *seat);
char       *mg_seat_labels_dup_votes              (MgConstituency *seat,
                                                   MgCandidate    *candidate);
char       *mg_seat_labels_dup_candidate_sentence (MgStateResult  *state,
                                                   MgConstituency *seat,
                                                   MgCandidate    *candidate);
char       *mg_seat_labels_dup_facts              (MgStateResult  *state,
                                                   MgConstituency *seat);
void        mg_seat_labels_candidates_by_votes    (MgConstituency *seat,
                                                   GPtrArray      *out);
gboolean    mg_seat_labels_matches                (MgConstituency *seat,
                                                   const char     *folded);

G_END_DECLS
