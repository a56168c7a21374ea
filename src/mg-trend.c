/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "mg-trend"

#include "config.h"

#include <glib/gi18n.h>

#include "mg-election.h"
#include "mg-party-result.h"
#include "mg-state-result.h"
#include "mg-summary.h"
#include "mg-text-util.h"
#include "mg-trend.h"

/* The count over time: for each state, each party's seats won and leading
 * at each stored snapshot, with the majority mark and the moments a party
 * crossed it. Built a snapshot at a time, oldest first, from the parsed
 * model; knows nothing of files or widgets. A state or party new in a
 * later snapshot had nothing before it; names, colours, the seats and the
 * majority are the latest snapshot's. */

struct _MgTrendState
{
  char      *id;
  guint      seats;
  guint      majority;
  GPtrArray *parties;  /* MgTrendParty */
  GPtrArray *times;    /* GDateTime, a point each */
  GPtrArray *totals;   /* GArray of guint, a point each, by party */
};

struct _MgTrend
{
  GObject    parent_instance;

  GPtrArray *states;   /* MgTrendState */
  GDateTime *last;
  GDateTime *last_looked;
  MgTrendLoader loader;
  gpointer   loader_data;
};

G_DEFINE_FINAL_TYPE (MgTrend, mg_trend, G_TYPE_OBJECT)

enum {
  CHANGED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

static void
party_free (MgTrendParty *party)
{
  g_free (party->id);
  g_free (party->name);
  g_free (party);
}

static void
state_free (MgTrendState *state)
{
  g_free (state->id);
  g_ptr_array_unref (state->parties);
  g_ptr_array_unref (state->times);
  g_ptr_array_unref (state->totals);
  g_free (state);
}

static MgTrendState *
state_new (const char *id)
{
  MgTrendState *state = g_new0 (MgTrendState, 1);

  state->id = g_strdup (id);
  state->parties = g_ptr_array_new_with_free_func ((GDestroyNotify) party_free);
  state->times = g_ptr_array_new_with_free_func ((GDestroyNotify) g_date_time_unref);
  state->totals = g_ptr_array_new_with_free_func ((GDestroyNotify) g_array_unref);
  return state;
}

static void
mg_trend_finalize (GObject *object)
{
  MgTrend *self = MG_TREND (object);

  g_ptr_array_unref (self->states);
  g_clear_pointer (&self->last, g_date_time_unref);
  g_clear_pointer (&self->last_looked, g_date_time_unref);
  G_OBJECT_CLASS (mg_trend_parent_class)->finalize (object);
}

static void
mg_trend_class_init (MgTrendClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = mg_trend_finalize;

  /* A point was added, or the trend cleared. */
  signals[CHANGED] = g_signal_new ("changed", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0, NULL,
                                   NULL, NULL, G_TYPE_NONE, 0);
}

static void
mg_trend_init (MgTrend *self)
{
  self->states = g_ptr_array_new_with_free_func ((GDestroyNotify) state_free);
}

MgTrend *
mg_trend_new (void)
{
  return g_object_new (MG_TYPE_TREND, NULL);
}

/**
 * mg_trend_set_loader:
 * @loader: (nullable): what gives the results stored at a point's time
 * @user_data: for @loader, which must outlive it or be unset
 */
void
mg_trend_set_loader (MgTrend       *self,
                     MgTrendLoader  loader,
                     gpointer       user_data)
{
  g_return_if_fail (MG_IS_TREND (self));

  self->loader = loader;
  self->loader_data = user_data;
}

/**
 * mg_trend_load:
 * @time: a point's time
 *
 * Returns: (transfer full) (nullable): the results stored at @time, or
 * %NULL when they cannot be read back
 */
MgElection *
mg_trend_load (MgTrend   *self,
               GDateTime *time)
{
  g_return_val_if_fail (MG_IS_TREND (self), NULL);

  return self->loader != NULL ? self->loader (time, self->loader_data) : NULL;
}

/* @time: (nullable): the latest results when the user last looked at them */
void
mg_trend_set_last_looked (MgTrend   *self,
                          GDateTime *time)
{
  g_return_if_fail (MG_IS_TREND (self));

  g_clear_pointer (&self->last_looked, g_date_time_unref);
  self->last_looked = time != NULL ? g_date_time_ref (time) : NULL;
  g_signal_emit (self, signals[CHANGED], 0);
}

/* Returns: (transfer none) (nullable): see mg_trend_set_last_looked() */
GDateTime *
mg_trend_get_last_looked (MgTrend *self)
{
  g_return_val_if_fail (MG_IS_TREND (self), NULL);
  return self->last_looked;
}

static guint
find_party (MgTrendState  *state,
            MgPartyResult *result)
{
  const char *id = mg_party_result_get_id (result);
  MgTrendParty *party;

  for (guint i = 0; i < state->parties->len; i++)
    {
      party = g_ptr_array_index (state->parties, i);
      if (g_str_equal (party->id, id))
        break;
      party = NULL;
    }
  if (party == NULL)
    {
      party = g_new0 (MgTrendParty, 1);
      party->id = g_strdup (id);
      g_ptr_array_add (state->parties, party);
    }
  g_free (party->name);
  party->name = g_strdup (mg_party_result_get_display_name (result));
  party->has_color = mg_party_result_get_color (result, &party->rgb);
  for (guint i = 0; i < state->parties->len; i++)
    if (g_ptr_array_index (state->parties, i) == party)
      return i;
  g_return_val_if_reached (0);
}

/**
 * mg_trend_append:
 * @time: when @election was the feed's latest; not before the last point
 * @election: a snapshot's results
 *
 * Adds a point to each state of @election.
 */
void
mg_trend_append (MgTrend    *self,
                 GDateTime  *time,
                 MgElection *election)
{
  guint n_states;

  g_return_if_fail (MG_IS_TREND (self));
  g_return_if_fail (time != NULL);

  n_states = mg_election_get_n_states (election);
  for (guint s = 0; s < n_states; s++)
    {
      MgStateResult *result = mg_election_get_state (election, s);
      MgTrendState *state = mg_trend_find_state (self, mg_state_result_get_id (result));
      guint n_parties = mg_state_result_get_n_parties (result);
      GArray *totals;

      if (state == NULL)
        {
          state = state_new (mg_state_result_get_id (result));
          g_ptr_array_add (self->states, state);
        }
      state->seats = mg_state_result_get_seats (result);
      state->majority = mg_state_result_get_majority (result);
      totals = g_array_new (FALSE, TRUE, sizeof (guint));
      for (guint p = 0; p < n_parties; p++)
        {
          MgPartyResult *party = mg_state_result_get_party (result, p);
          guint index = find_party (state, party);

          if (totals->len <= index)
            g_array_set_size (totals, index + 1);
          g_array_index (totals, guint, index) = mg_party_result_get_total (party);
        }
      g_ptr_array_add (state->times, g_date_time_ref (time));
      g_ptr_array_add (state->totals, totals);
    }
  g_clear_pointer (&self->last, g_date_time_unref);
  self->last = g_date_time_ref (time);
  g_signal_emit (self, signals[CHANGED], 0);
}

/* Forgets every point: another feed. */
void
mg_trend_clear (MgTrend *self)
{
  g_return_if_fail (MG_IS_TREND (self));

  g_ptr_array_set_size (self->states, 0);
  g_clear_pointer (&self->last, g_date_time_unref);
  g_signal_emit (self, signals[CHANGED], 0);
}

/* Returns: (transfer none) (nullable): the time of the last point */
GDateTime *
mg_trend_get_last_time (MgTrend *self)
{
  g_return_val_if_fail (MG_IS_TREND (self), NULL);
  return self->last;
}

/* Returns: (transfer none) (nullable): the state of that id */
MgTrendState *
mg_trend_find_state (MgTrend    *self,
                     const char *state_id)
{
  g_return_val_if_fail (MG_IS_TREND (self), NULL);

  for (guint i = 0; i < self->states->len; i++)
    {
      MgTrendState *state = g_ptr_array_index (self->states, i);

      if (g_str_equal (state->id, state_id))
        return state;
    }
  return NULL;
}

guint
mg_trend_state_get_n_points (MgTrendState *state)
{
  return state->times->len;
}

/* Returns: (transfer none): when point @point was the latest */
GDateTime *
mg_trend_state_get_time (MgTrendState *state,
                         guint         point)
{
  g_return_val_if_fail (point < state->times->len, NULL);
  return g_ptr_array_index (state->times, point);
}

guint
mg_trend_state_get_seats (MgTrendState *state)
{
  return state->seats;
}

guint
mg_trend_state_get_majority (MgTrendState *state)
{
  return state->majority;
}

guint
mg_trend_state_get_n_parties (MgTrendState *state)
{
  return state->parties->len;
}

const MgTrendParty *
mg_trend_state_get_party (MgTrendState *state,
                          guint         party)
{
  g_return_val_if_fail (party < state->parties->len, NULL);
  return g_ptr_array_index (state->parties, party);
}

/* Returns: @party's seats won and leading at @point */
guint
mg_trend_state_get_total (MgTrendState *state,
                          guint         point,
                          guint         party)
{
  GArray *totals;

  g_return_val_if_fail (point < state->totals->len, 0);
  totals = g_ptr_array_index (state->totals, point);
  return party < totals->len ? g_array_index (totals, guint, party) : 0;
}

/* Returns: @party's most seats won and leading at any point */
guint
mg_trend_state_get_peak (MgTrendState *state,
                         guint         party)
{
  guint peak = 0;

  for (guint point = 0; point < state->times->len; point++)
    peak = MAX (peak, mg_trend_state_get_total (state, point, party));
  return peak;
}

typedef struct {
  MgTrendState *state;
  guint         last;
} RankContext;

static int
compare_ranks (gconstpointer a,
               gconstpointer b,
               gpointer      user_data)
{
  RankContext *context = user_data;
  guint x = *(const guint *) a, y = *(const guint *) b;
  guint now_x = mg_trend_state_get_total (context->state, context->last, x);
  guint now_y = mg_trend_state_get_total (context->state, context->last, y);
  guint peak_x, peak_y;

  if (now_x != now_y)
    return now_x > now_y ? -1 : 1;
  peak_x = mg_trend_state_get_peak (context->state, x);
  peak_y = mg_trend_state_get_peak (context->state, y);
  if (peak_x != peak_y)
    return peak_x > peak_y ? -1 : 1;
  return x < y ? -1 : x > y;
}

/**
 * mg_trend_state_dup_ranking:
 * @n_max: how many parties at most
 *
 * Returns: (transfer full) (element-type guint): the parties that had a
 * seat at some point, most seats at the last point first (then the most at
 * any point)
 */
GArray *
mg_trend_state_dup_ranking (MgTrendState *state,
                            guint         n_max)
{
  GArray *ranking = g_array_new (FALSE, FALSE, sizeof (guint));
  RankContext context = { state, state->times->len > 0 ? state->times->len - 1 : 0 };

  if (state->times->len == 0)
    return ranking;
  for (guint party = 0; party < state->parties->len; party++)
    if (mg_trend_state_get_peak (state, party) > 0)
      g_array_append_val (ranking, party);
  g_array_sort_with_data (ranking, compare_ranks, &context);
  if (ranking->len > n_max)
    g_array_set_size (ranking, n_max);
  return ranking;
}

/**
 * mg_trend_state_find_crossings:
 *
 * Returns: (transfer full) (element-type MgTrendCrossing): each point at
 * which a party reached the majority mark from below, in time order
 */
GArray *
mg_trend_state_find_crossings (MgTrendState *state)
{
  GArray *crossings = g_array_new (FALSE, FALSE, sizeof (MgTrendCrossing));

  if (state->majority == 0)
    return crossings;
  for (guint point = 1; point < state->times->len; point++)
    for (guint party = 0; party < state->parties->len; party++)
      if (mg_trend_state_get_total (state, point - 1, party) < state->majority &&
          mg_trend_state_get_total (state, point, party) >= state->majority)
        g_array_append_val (crossings, ((MgTrendCrossing) { point, party }));
  return crossings;
}

/* Returns: the last point at or before @time, or -1 when none is */
int
mg_trend_state_find_point (MgTrendState *state,
                           GDateTime    *time)
{
  int found = -1;

  for (guint point = 0; point < state->times->len; point++)
    if (g_date_time_compare (g_ptr_array_index (state->times, point), time) <= 0)
      found = (int) point;
  return found;
}

/**
 * mg_trend_state_dup_point_text:
 * @zone: (nullable): the zone to tell the time in; %NULL for the user's
 *
 * Returns: the numbers at @point in a line: "11:40: BJP 150, Congress 20"
 */
char *
mg_trend_state_dup_point_text (MgTrendState *state,
                               guint         point,
                               GTimeZone    *zone)
{
  g_autoptr (GArray) ranking = mg_trend_state_dup_ranking (state, G_MAXUINT);
  g_autofree char *clock = NULL;
  GString *text;

  g_return_val_if_fail (point < state->times->len, NULL);

  clock = mg_summary_format_hour (g_ptr_array_index (state->times, point), zone);
  text = g_string_new (NULL);
  for (guint i = 0; i < ranking->len; i++)
    {
      guint party = g_array_index (ranking, guint, i);
      guint total = mg_trend_state_get_total (state, point, party);
      g_autofree char *count = NULL;

      if (total == 0)
        continue;
      count = mg_text_format_count (total);
      if (text->len > 0)
        /* TRANSLATORS: between the parties of a line of the trend */
        g_string_append (text, _(", "));
      /* TRANSLATORS: a party and its seats won and leading, in the trend */
      g_string_append_printf (text, _("%s %s"), mg_trend_state_get_party (state, party)->name, count);
    }
  if (text->len == 0)
    /* TRANSLATORS: the trend at a time when no party had a seat */
    g_string_append (text, _("no seats yet"));
  {
    g_autofree char *parties = g_string_free (text, FALSE);

    /* TRANSLATORS: a time of the count, then each party's seats then */
    return g_strdup_printf (_("%s: %s"), clock, parties);
  }
}

/**
 * mg_trend_state_dup_description:
 * @zone: (nullable): the zone to tell times in
 *
 * Returns: the trend in sentences, for those who cannot see the chart:
 * the span, then each party's seats from the first point to the last and
 * when it crossed the majority mark
 */
char *
mg_trend_state_dup_description (MgTrendState *state,
                                GTimeZone    *zone)
{
  g_autoptr (GArray) ranking = mg_trend_state_dup_ranking (state, 5);
  g_autoptr (GArray) crossings = mg_trend_state_find_crossings (state);
  g_autofree char *from = NULL;
  g_autofree char *to = NULL;
  guint n = state->times->len;
  GString *text;

  if (n == 0)
    return g_strdup ("");
  from = mg_summary_format_hour (g_ptr_array_index (state->times, 0), zone);
  to = mg_summary_format_hour (g_ptr_array_index (state->times, n - 1), zone);
  text = g_string_new (NULL);
  /* TRANSLATORS: the span of the trend chart: first time, last time, snapshots */
  g_string_append_printf (text, g_dngettext (GETTEXT_PACKAGE, "From %s to %s, %u snapshot.",
                                             "From %s to %s, %u snapshots.", n),
                          from, to, n);
  for (guint i = 0; i < ranking->len; i++)
    {
      guint party = g_array_index (ranking, guint, i);
      guint first = mg_trend_state_get_total (state, 0, party);
      guint last = mg_trend_state_get_total (state, n - 1, party);
      const char *name = mg_trend_state_get_party (state, party)->name;
      g_autofree char *crossed = NULL;

      for (guint c = crossings->len; c > 0 && crossed == NULL; c--)
        {
          MgTrendCrossing *crossing = &g_array_index (crossings, MgTrendCrossing, c - 1);

          if (crossing->party == party)
            crossed = mg_summary_format_hour (g_ptr_array_index (state->times, crossing->point), zone);
        }
      g_string_append_c (text, ' ');
      if (crossed != NULL)
        /* TRANSLATORS: a party's seats won and leading at the first and last
         * snapshots, the majority mark and when the party last crossed it */
        g_string_append_printf (text, g_dngettext (GETTEXT_PACKAGE,
                                                   "%s: from %u to %u seat; crossed the majority mark of %u at %s.",
                                                   "%s: from %u to %u seats; crossed the majority mark of %u at %s.",
                                                   last),
                                name, first, last, state->majority, crossed);
      else
        /* TRANSLATORS: a party's seats won and leading at the first and last snapshots */
        g_string_append_printf (text, g_dngettext (GETTEXT_PACKAGE, "%s: from %u to %u seat.",
                                                   "%s: from %u to %u seats.", last),
                                name, first, last);
    }
  return g_string_free (text, FALSE);
}
