/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "mg-watch-alerts"

#include "config.h"

#include <glib/gi18n.h>

#include "mg-candidate.h"
#include "mg-constituency.h"
#include "mg-election.h"
#include "mg-seat-labels.h"
#include "mg-state-result.h"
#include "mg-watch-alerts.h"

/* What happened to the watched seats between two snapshots of a feed: a
 * seat whose leader is now another candidate, a seat just declared, a
 * seat whose margin fell under the close contests' share of its votes.
 * A seat where only a candidate is watched is told of in the candidate's
 * words ("Vijay Rupani now trails in 69 Rajkot West").
 * Pure: the model in, words out; the window shows them or the desktop
 * is told. */

void
mg_watch_alert_free (MgWatchAlert *alert)
{
  g_free (alert->state_id);
  g_free (alert->candidate);
  g_free (alert->title);
  g_free (alert->body);
  g_free (alert);
}

static gboolean
same_candidate (MgCandidate *a,
                MgCandidate *b)
{
  return g_strcmp0 (mg_candidate_get_name (a), mg_candidate_get_name (b)) == 0 &&
         g_strcmp0 (mg_candidate_get_party_id (a), mg_candidate_get_party_id (b)) == 0;
}

static gboolean
is_close (MgConstituency *seat,
          double          close_percent)
{
  return mg_constituency_get_leader (seat) != NULL && mg_constituency_get_runner_up (seat) != NULL &&
         mg_constituency_get_margin_share (seat) < close_percent;
}

static MgWatchEvents
events_of (MgConstituency *then,
           MgConstituency *now,
           double          close_percent)
{
  MgCandidate *leader = mg_constituency_get_leader (now);
  MgCandidate *was = then != NULL ? mg_constituency_get_leader (then) : NULL;
  MgWatchEvents events = 0;

  if (leader != NULL && was != NULL && !same_candidate (leader, was))
    events |= MG_WATCH_LEADER_CHANGED;
  if (mg_constituency_get_status (now) == MG_SEAT_STATUS_DECLARED &&
      (then == NULL || mg_constituency_get_status (then) != MG_SEAT_STATUS_DECLARED))
    events |= MG_WATCH_DECLARED;
  if (mg_constituency_get_status (now) != MG_SEAT_STATUS_DECLARED && is_close (now, close_percent) &&
      (then == NULL || !is_close (then, close_percent)))
    events |= MG_WATCH_CLOSE;
  return events;
}

static char *
title_of (MgStateResult  *state,
          MgConstituency *seat,
          MgWatchEvents   events)
{
  g_autofree char *name = mg_seat_labels_dup_title (seat);
  MgCandidate *leader = mg_constituency_get_leader (seat);
  const char *party = mg_seat_labels_party_name (state, mg_candidate_get_party_id (leader));

  if (events & MG_WATCH_DECLARED)
    /* TRANSLATORS: a watched seat's notification: the seat, then the winner's party */
    return g_strdup_printf (_("%s: %s wins"), name, party);
  if (events & MG_WATCH_LEADER_CHANGED)
    /* TRANSLATORS: a watched seat's notification: the seat, then the new leader's party */
    return g_strdup_printf (_("%s: %s now leads"), name, party);
  /* TRANSLATORS: a watched seat's notification: the seat, whose margin is now small */
  return g_strdup_printf (_("%s: a close contest"), name);
}

/* The news of @seat for a watcher of its candidate @name, who leads it
 * now (@leads) or did before (@led); %NULL when the news is not the
 * candidate's (two others changed places). */
static char *
candidate_title_of (MgConstituency *seat,
                    const char     *name,
                    gboolean        leads,
                    gboolean        led,
                    MgWatchEvents   events)
{
  g_autofree char *title = mg_seat_labels_dup_title (seat);

  if (events & MG_WATCH_DECLARED)
    return leads ? /* TRANSLATORS: a watched candidate's notification: the candidate, then the seat */
                   g_strdup_printf (_("%s wins %s"), name, title)
                 : /* TRANSLATORS: a watched candidate's notification: the candidate, then the seat */
                   g_strdup_printf (_("%s loses %s"), name, title);
  if ((events & MG_WATCH_LEADER_CHANGED) && leads)
    /* TRANSLATORS: a watched candidate's notification: the candidate, then the seat */
    return g_strdup_printf (_("%s now leads in %s"), name, title);
  if ((events & MG_WATCH_LEADER_CHANGED) && led)
    /* TRANSLATORS: a watched candidate's notification: the candidate, then the seat */
    return g_strdup_printf (_("%s now trails in %s"), name, title);
  if ((events & MG_WATCH_CLOSE) && (leads || led))
    /* TRANSLATORS: a watched candidate's notification: the candidate, then the seat */
    return g_strdup_printf (_("%s is in a close contest in %s"), name, title);
  return NULL;
}

/* The candidate of @seat the user watches that the news is most about:
 * the one leading now, else the one who led before, else the first. */
static MgCandidate *
watched_candidate (const char       *state_id,
                   MgConstituency   *seat,
                   MgConstituency   *then,
                   MgWatchPredicate  watched,
                   gpointer          user_data)
{
  MgCandidate *leader = mg_constituency_get_leader (seat);
  MgCandidate *was = then != NULL ? mg_constituency_get_leader (then) : NULL;
  MgCandidate *first = NULL;
  guint number = mg_constituency_get_number (seat);
  guint n = mg_constituency_get_n_candidates (seat);

  for (guint i = 0; i < n; i++)
    {
      MgCandidate *candidate = mg_constituency_get_candidate (seat, i);

      if (!watched (state_id, number, mg_candidate_get_name (candidate), user_data))
        continue;
      if (candidate == leader)
        return candidate;
      if (was != NULL && g_strcmp0 (mg_candidate_get_name (was), mg_candidate_get_name (candidate)) == 0)
        first = candidate;
      else if (first == NULL)
        first = candidate;
    }
  return first;
}

/* The alert for @seat, when something of what is watched in it happened. */
static MgWatchAlert *
alert_for (MgStateResult    *state,
           MgConstituency   *seat,
           MgConstituency   *then,
           double            close_percent,
           MgWatchPredicate  watched,
           gpointer          user_data)
{
  const char *id = mg_state_result_get_id (state);
  guint number = mg_constituency_get_number (seat);
  gboolean seat_watched = watched (id, number, NULL, user_data);
  MgCandidate *candidate = watched_candidate (id, seat, then, watched, user_data);
  MgWatchEvents events;
  g_autofree char *title = NULL;
  MgWatchAlert *alert;

  if (!seat_watched && candidate == NULL)
    return NULL;
  events = events_of (then, seat, close_percent);
  if (events == 0)
    return NULL;
  if (candidate != NULL)
    {
      MgCandidate *was = then != NULL ? mg_constituency_get_leader (then) : NULL;
      const char *name = mg_candidate_get_name (candidate);

      title = candidate_title_of (seat, name, candidate == mg_constituency_get_leader (seat),
                                  was != NULL && g_strcmp0 (mg_candidate_get_name (was), name) == 0, events);
    }
  if (title == NULL && !seat_watched)
    return NULL;
  alert = g_new0 (MgWatchAlert, 1);
  alert->state_id = g_strdup (id);
  alert->number = number;
  alert->events = events;
  alert->candidate = title != NULL ? g_strdup (mg_candidate_get_name (candidate)) : NULL;
  alert->title = title != NULL ? g_steal_pointer (&title) : title_of (state, seat, events);
  alert->body = mg_seat_labels_dup_sentence (state, seat);
  return alert;
}

/**
 * mg_watch_alerts_find:
 * @before: the results shown until now
 * @after: the feed's new results
 * @close_percent: a margin under this share of the votes is close
 * @watched: which seats are watched
 *
 * Returns: (transfer container) (element-type MgWatchAlert): what happened
 * to the watched seats of @after, a seat at most once, by state and number
 */
GPtrArray *
mg_watch_alerts_find (MgElection       *before,
                      MgElection       *after,
                      double            close_percent,
                      MgWatchPredicate  watched,
                      gpointer          user_data)
{
  GPtrArray *alerts = g_ptr_array_new_with_free_func ((GDestroyNotify) mg_watch_alert_free);
  guint n_states = mg_election_get_n_states (after);

  for (guint s = 0; s < n_states; s++)
    {
      MgStateResult *state = mg_election_get_state (after, s);
      const char *id = mg_state_result_get_id (state);
      MgStateResult *earlier = mg_election_find_state (before, id, NULL);
      guint n = mg_state_result_get_n_constituencies (state);

      for (guint i = 0; i < n; i++)
        {
          MgConstituency *seat = mg_state_result_get_constituency (state, i);
          MgConstituency *then =
            earlier != NULL ? mg_state_result_find_constituency (earlier, mg_constituency_get_number (seat)) : NULL;
          MgWatchAlert *alert = alert_for (state, seat, then, close_percent, watched, user_data);

          if (alert != NULL)
            g_ptr_array_add (alerts, alert);
        }
    }
  return alerts;
}
