/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gio/gio.h>

#include "mg-types.h"

G_BEGIN_DECLS

#define MG_TYPE_ELECTION (mg_election_get_type ())

G_DECLARE_FINAL_TYPE (MgElection, mg_election, MG, ELECTION, GObject)

/* What a desktop notification is worth: a state's leader has reached the
 * majority, or its count has become final. */
typedef enum {
  MG_MILESTONE_MAJORITY = 1 << 0,
  MG_MILESTONE_FINAL    = 1 << 1,
} MgMilestoneFlags;

typedef struct {
  MgStateResult    *state;
  MgMilestoneFlags  reached;
} MgMilestone;

MgElection    *mg_election_new              (void);
GDateTime     *mg_election_get_updated      (MgElection    *self);
void           mg_election_set_updated      (MgElection    *self,
                                             GDateTime     *updated);
const char    *mg_election_get_source_name  (MgElection    *self);
const char    *mg_election_get_source_url   (MgElection    *self);
void           mg_election_set_source       (MgElection    *self,
                                             const char    *name,
                                             const char    *url);
void           mg_election_set_time_zone    (MgElection    *self,
                                             const char    *time_zone);
const char    *mg_election_get_time_zone    (MgElection    *self);
GTimeZone     *mg_election_dup_display_zone (MgElection    *self);
GListModel    *mg_election_get_states       (MgElection    *self);
guint          mg_election_get_n_states     (MgElection    *self);
MgStateResult *mg_election_get_state        (MgElection    *self,
                                             guint          position);
MgStateResult *mg_election_find_state       (MgElection    *self,
                                             const char    *id,
                                             guint         *position);
void           mg_election_set_states       (MgElection     *self,
                                             MgStateResult **states,
                                             guint           n_states);
void           mg_election_set_articles     (MgElection     *self,
                                             MgArticle     **articles,
                                             guint           n_articles);
GListModel    *mg_election_get_articles     (MgElection    *self);
void           mg_election_append_article   (MgElection    *self,
                                             MgArticle     *article);
gboolean       mg_election_update_from      (MgElection    *self,
                                             MgElection    *other);
void           mg_election_set_alliances    (MgElection     *self,
                                             MgAlliance    **alliances,
                                             guint           n_alliances);
GListModel    *mg_election_get_alliances    (MgElection    *self);
MgAlliance    *mg_election_find_alliance    (MgElection    *self,
                                             const char    *id);
MgAlliance    *mg_election_find_alliance_of (MgElection    *self,
                                             const char    *party_id);
void           mg_election_set_house        (MgElection    *self,
                                             const char    *name,
                                             guint          seats,
                                             guint          majority);
const char    *mg_election_get_house_name   (MgElection    *self);
guint          mg_election_get_house_seats  (MgElection    *self);
guint          mg_election_get_house_majority (MgElection  *self);
GArray        *mg_election_find_milestones  (MgElection    *self,
                                             MgElection    *next);

G_END_DECLS
