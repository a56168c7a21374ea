/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gio/gio.h>

#include "mg-types.h"

G_BEGIN_DECLS

#define MG_TYPE_STATE_RESULT (mg_state_result_get_type ())

G_DECLARE_FINAL_TYPE (MgStateResult, mg_state_result, MG, STATE_RESULT, GObject)

MgStateResult *mg_state_result_new               (const char    *id);
const char    *mg_state_result_get_id            (MgStateResult *self);
const char    *mg_state_result_get_name          (MgStateResult *self);
void           mg_state_result_set_name          (MgStateResult *self,
                                                  const char    *name);
void           mg_state_result_set_other_names   (MgStateResult *self,
                                                  const char    *names);
const char    *mg_state_result_get_other_names   (MgStateResult *self);
guint          mg_state_result_get_seats         (MgStateResult *self);
void           mg_state_result_set_seats         (MgStateResult *self,
                                                  guint          seats);
guint          mg_state_result_get_majority      (MgStateResult *self);
void           mg_state_result_set_majority      (MgStateResult *self,
                                                  guint          majority);
MgStateStatus  mg_state_result_get_status        (MgStateResult *self);
void           mg_state_result_set_status        (MgStateResult *self,
                                                  MgStateStatus  status);
guint          mg_state_result_get_previous_year (MgStateResult *self);
void           mg_state_result_set_previous_year (MgStateResult *self,
                                                  guint          year);
GListModel    *mg_state_result_get_parties       (MgStateResult *self);
guint          mg_state_result_get_n_parties     (MgStateResult *self);
MgPartyResult *mg_state_result_get_party         (MgStateResult *self,
                                                  guint          position);
MgPartyResult *mg_state_result_find_party        (MgStateResult *self,
                                                  const char    *party_id,
                                                  guint         *position);
void           mg_state_result_append_party      (MgStateResult *self,
                                                  MgPartyResult *party);
void           mg_state_result_set_parties       (MgStateResult  *self,
                                                  MgPartyResult **parties,
                                                  guint           n_parties);
guint          mg_state_result_get_decided       (MgStateResult *self);
void           mg_state_result_set_unlisted_no_data (MgStateResult *self,
                                                     gboolean       no_data);
guint          mg_state_result_get_no_data       (MgStateResult *self);
GArray        *mg_state_result_dup_no_data_numbers (MgStateResult *self);
gboolean       mg_state_result_lacks_seat        (MgStateResult *self,
                                                  guint          number);
guint          mg_state_result_get_undecided     (MgStateResult *self);
guint          mg_state_result_get_reported      (MgStateResult *self);
guint          mg_state_result_get_unreported    (MgStateResult *self);
MgPartyResult *mg_state_result_get_leader        (MgStateResult *self);
gboolean       mg_state_result_get_majority_reached (MgStateResult *self);
gboolean       mg_state_result_get_majority_won  (MgStateResult *self);
gboolean       mg_state_result_has_previous      (MgStateResult *self);
gboolean       mg_state_result_update_from       (MgStateResult *self,
                                                  MgStateResult *other);
void           mg_state_result_set_constituencies (MgStateResult   *self,
                                                   MgConstituency **constituencies,
                                                   guint            n_constituencies);
GListModel    *mg_state_result_get_constituencies   (MgStateResult *self);
guint          mg_state_result_get_n_constituencies (MgStateResult *self);
MgConstituency *mg_state_result_get_constituency    (MgStateResult *self,
                                                     guint          position);
MgConstituency *mg_state_result_find_constituency   (MgStateResult *self,
                                                     guint          number);
guint          mg_state_result_count_seats      (MgStateResult *self,
                                                 const char    *party_id,
                                                 MgSeatStatus   status);
double         mg_state_result_get_vote_share   (MgStateResult *self,
                                                 const char    *party_id);
void           mg_state_result_count_parties    (MgStateResult *self,
                                                 guint         *won,
                                                 guint         *leading,
                                                 double        *vote_share);
MgConstituency *mg_state_result_get_party_seat  (MgStateResult *self,
                                                 const char    *party_id,
                                                 MgSeatStatus   status,
                                                 guint          rank);
GPtrArray     *mg_state_result_dup_party_seats  (MgStateResult *self,
                                                 const char    *party_id,
                                                 MgSeatStatus   status);

G_END_DECLS
