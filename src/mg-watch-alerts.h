/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib.h>

#include "mg-types.h"

G_BEGIN_DECLS

typedef enum {
  MG_WATCH_LEADER_CHANGED = 1 << 0,
  MG_WATCH_DECLARED       = 1 << 1,
  MG_WATCH_CLOSE          = 1 << 2,
} MgWatchEvents;

/* Something that happened to a watched seat between two snapshots. */
typedef struct {
  char          *state_id;
  guint          number;
  MgWatchEvents  events;
  char          *candidate;  /* the watched candidate it speaks of, or %NULL */
  char          *title;  /* "38 Kalol: Congress now leads" */
  char          *body;   /* the seat in a sentence */
} MgWatchAlert;

/* @candidate: (nullable): a candidate's name, or %NULL for the seat
 * Returns: whether the seat (or its candidate @candidate) is watched */
typedef gboolean (*MgWatchPredicate) (const char *state_id,
                                      guint       number,
                                      const char *candidate,
                                      gpointer    user_data);

void       mg_watch_alert_free   (MgWatchAlert     *alert);
GPtrArray *mg_watch_alerts_find  (MgElection       *before,
                                  MgElection       *after,
                                  double            close_percent,
                                  MgWatchPredicate  watched,
                                  gpointer          user_data);

G_END_DECLS
