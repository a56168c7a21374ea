/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib-object.h>

#include "mg-types.h"

G_BEGIN_DECLS

#define MG_TYPE_TREND (mg_trend_get_type ())
G_DECLARE_FINAL_TYPE (MgTrend, mg_trend, MG, TREND, GObject)

/* A party as the trend names and colours it: as in the latest snapshot. */
typedef struct {
  char    *id;
  char    *name;       /* short display name */
  gboolean has_color;
  guint32  rgb;
} MgTrendParty;

/* One state's count over time: at each point, each party's seats won and
 * leading. */
typedef struct _MgTrendState MgTrendState;

/* A party reaching the majority mark from below, at a point. */
typedef struct {
  guint point;
  guint party;
} MgTrendCrossing;

/* Returns: (transfer full) (nullable): the results stored at @time */
typedef MgElection *(*MgTrendLoader) (GDateTime *time,
                                      gpointer   user_data);

MgTrend             *mg_trend_new                (void);
void                 mg_trend_set_loader         (MgTrend       *self,
                                                  MgTrendLoader  loader,
                                                  gpointer       user_data);
MgElection          *mg_trend_load               (MgTrend       *self,
                                                  GDateTime     *time);
void                 mg_trend_set_last_looked    (MgTrend       *self,
                                                  GDateTime     *time);
GDateTime           *mg_trend_get_last_looked    (MgTrend       *self);
void                 mg_trend_append             (MgTrend      *self,
                                                  GDateTime    *time,
                                                  MgElection   *election);
void                 mg_trend_clear              (MgTrend      *self);
GDateTime           *mg_trend_get_last_time      (MgTrend      *self);
MgTrendState        *mg_trend_find_state         (MgTrend      *self,
                                                  const char   *state_id);

guint                mg_trend_state_get_n_points  (MgTrendState *state);
GDateTime           *mg_trend_state_get_time      (MgTrendState *state,
                                                   guint         point);
guint                mg_trend_state_get_seats     (MgTrendState *state);
guint                mg_trend_state_get_majority  (MgTrendState *state);
guint                mg_trend_state_get_n_parties (MgTrendState *state);
const MgTrendParty  *mg_trend_state_get_party     (MgTrendState *state,
                                                   guint         party);
guint                mg_trend_state_get_total     (MgTrendState *state,
                                                   guint         point,
                                                   guint         party);
guint                mg_trend_state_get_peak      (MgTrendState *state,
                                                   guint         party);
GArray              *mg_trend_state_dup_ranking   (MgTrendState *state,
                                                   guint         n_max);
GArray              *mg_trend_state_find_crossings (MgTrendState *state);
int                  mg_trend_state_find_point    (MgTrendState *state,
                                                   GDateTime    *time);
char                *mg_trend_state_dup_point_text (MgTrendState *state,
                                                    guint         point,
                                                    GTimeZone    *zone);
char                *mg_trend_state_dup_description (MgTrendState *state,
                                                     GTimeZone    *zone);

G_END_DECLS
