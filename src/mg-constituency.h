/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gio/gio.h>

#include "mg-types.h"

G_BEGIN_DECLS

#define MG_TYPE_CONSTITUENCY (mg_constituency_get_type ())

G_DECLARE_FINAL_TYPE (MgConstituency, mg_constituency, MG, CONSTITUENCY, GObject)

MgConstituency *mg_constituency_new              (guint            number,
                                                  const char      *name);
guint           mg_constituency_get_number       (MgConstituency  *self);
const char     *mg_constituency_get_name         (MgConstituency  *self);
void            mg_constituency_take_other_names (MgConstituency  *self,
                                                  char            *names);
const char     *mg_constituency_get_other_names  (MgConstituency  *self);
const char     *mg_constituency_get_search_key   (MgConstituency  *self);
MgReservation   mg_constituency_get_reserved     (MgConstituency  *self);
void            mg_constituency_set_reserved     (MgConstituency  *self,
                                                  MgReservation    reserved);
const char     *mg_constituency_get_district     (MgConstituency  *self);
void            mg_constituency_set_district     (MgConstituency  *self,
                                                  const char      *district);
void            mg_constituency_set_given_status (MgConstituency  *self,
                                                  int              status);
MgSeatStatus    mg_constituency_get_status       (MgConstituency  *self);
void            mg_constituency_set_round        (MgConstituency  *self,
                                                  guint            current,
                                                  guint            total);
gboolean        mg_constituency_get_round        (MgConstituency  *self,
                                                  guint           *current,
                                                  guint           *total);
guint64         mg_constituency_get_electors     (MgConstituency  *self);
void            mg_constituency_set_electors     (MgConstituency  *self,
                                                  guint64          electors);
gint64          mg_constituency_get_nota         (MgConstituency  *self);
void            mg_constituency_set_nota         (MgConstituency  *self,
                                                  gint64           nota);
const char     *mg_constituency_get_previous_party  (MgConstituency *self);
gint64          mg_constituency_get_previous_margin (MgConstituency *self);
void            mg_constituency_set_previous     (MgConstituency  *self,
                                                  const char      *party_id,
                                                  gint64           margin);
void            mg_constituency_set_candidates   (MgConstituency  *self,
                                                  MgCandidate    **candidates,
                                                  guint            n_candidates);
GListModel     *mg_constituency_get_candidates   (MgConstituency  *self);
guint           mg_constituency_get_n_candidates (MgConstituency  *self);
MgCandidate    *mg_constituency_get_candidate    (MgConstituency  *self,
                                                  guint            position);
MgCandidate    *mg_constituency_get_leader       (MgConstituency  *self);
MgCandidate    *mg_constituency_get_runner_up    (MgConstituency  *self);
guint64         mg_constituency_get_margin       (MgConstituency  *self);
double          mg_constituency_get_margin_share (MgConstituency  *self);
guint64         mg_constituency_get_total_votes  (MgConstituency  *self);
double          mg_constituency_get_share        (MgConstituency  *self,
                                                  MgCandidate     *candidate);
double          mg_constituency_get_turnout      (MgConstituency  *self);
gboolean        mg_constituency_update_from      (MgConstituency  *self,
                                                  MgConstituency  *other);

G_END_DECLS
