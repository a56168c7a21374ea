/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gio/gio.h>

#include "mg-types.h"

G_BEGIN_DECLS

#define MG_TYPE_PARTY_RESULT (mg_party_result_get_type ())

G_DECLARE_FINAL_TYPE (MgPartyResult, mg_party_result, MG, PARTY_RESULT, GObject)

/* Value of "previous" and "vote-percent" when the feed does not give one. */
#define MG_PARTY_RESULT_UNKNOWN (-1)

MgPartyResult *mg_party_result_new              (const char    *id);
MgPartyResult *mg_party_result_new_full         (const char    *id,
                                                 const char    *name,
                                                 const char    *short_name,
                                                 gboolean       has_color,
                                                 guint32        rgb,
                                                 guint          won,
                                                 guint          leading,
                                                 int            previous,
                                                 double         vote_percent);
const char    *mg_party_result_get_id           (MgPartyResult *self);
const char    *mg_party_result_get_name         (MgPartyResult *self);
void           mg_party_result_set_name         (MgPartyResult *self,
                                                 const char    *name);
const char    *mg_party_result_get_short_name   (MgPartyResult *self);
void           mg_party_result_set_short_name   (MgPartyResult *self,
                                                 const char    *short_name);
const char    *mg_party_result_get_display_name (MgPartyResult *self);
gboolean       mg_party_result_get_color        (MgPartyResult *self,
                                                 guint32       *rgb);
void           mg_party_result_set_color        (MgPartyResult *self,
                                                 gboolean       has_color,
                                                 guint32        rgb);
guint          mg_party_result_get_won          (MgPartyResult *self);
void           mg_party_result_set_won          (MgPartyResult *self,
                                                 guint          won);
guint          mg_party_result_get_leading      (MgPartyResult *self);
void           mg_party_result_set_leading      (MgPartyResult *self,
                                                 guint          leading);
guint          mg_party_result_get_total        (MgPartyResult *self);
int            mg_party_result_get_previous     (MgPartyResult *self);
void           mg_party_result_set_previous     (MgPartyResult *self,
                                                 int            previous);
gboolean       mg_party_result_get_change       (MgPartyResult *self,
                                                 int           *change);
double         mg_party_result_get_vote_percent (MgPartyResult *self);
void           mg_party_result_set_vote_percent (MgPartyResult *self,
                                                 double         vote_percent);
double         mg_party_result_get_previous_vote_percent (MgPartyResult *self);
void           mg_party_result_set_previous_vote_percent (MgPartyResult *self,
                                                          double         vote_percent);
gboolean       mg_party_result_get_swing        (MgPartyResult *self,
                                                 double        *swing);
GListModel    *mg_party_result_get_members      (MgPartyResult  *self);
gboolean       mg_party_result_set_members      (MgPartyResult  *self,
                                                 MgPartyResult **members,
                                                 guint           n_members);
const char    *mg_party_result_get_alliance     (MgPartyResult *self);
void           mg_party_result_set_alliance     (MgPartyResult *self,
                                                 const char    *alliance);
gboolean       mg_party_result_update_from      (MgPartyResult *self,
                                                 MgPartyResult *other);

G_END_DECLS
