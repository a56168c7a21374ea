/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gio/gio.h>

G_BEGIN_DECLS

#define MG_TYPE_WATCHLIST (mg_watchlist_get_type ())
G_DECLARE_FINAL_TYPE (MgWatchlist, mg_watchlist, MG, WATCHLIST, GObject)

MgWatchlist *mg_watchlist_new         (GSettings   *settings);
void         mg_watchlist_set_uri     (MgWatchlist *self,
                                       const char  *uri);
gboolean     mg_watchlist_contains    (MgWatchlist *self,
                                       const char  *state_id,
                                       guint        number);
void         mg_watchlist_set_watched (MgWatchlist *self,
                                       const char  *state_id,
                                       guint        number,
                                       gboolean     watched);
gboolean     mg_watchlist_contains_candidate    (MgWatchlist *self,
                                                 const char  *state_id,
                                                 guint        number,
                                                 const char  *name);
void         mg_watchlist_set_candidate_watched (MgWatchlist *self,
                                                 const char  *state_id,
                                                 guint        number,
                                                 const char  *name,
                                                 gboolean     watched);
gboolean     mg_watchlist_watches_seat          (MgWatchlist *self,
                                                 const char  *state_id,
                                                 guint        number);
guint        mg_watchlist_get_n_seats (MgWatchlist *self);

G_END_DECLS
