/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "mg-constituency"

#include "config.h"

#include "mg-candidate.h"
#include "mg-constituency.h"
#include "mg-object-list.h"
#include "mg-text-util.h"

/* One seat of a state: its candidates and everything derived from them,
 * worked out here and nowhere else. A constituency is known by its number,
 * never by its name (names repeat within a state). */
struct _MgConstituency
{
  GObject       parent_instance;

  guint         number;
  char         *name;
  char         *other_names;      /* in the feed's other languages, a line each */
  char         *search_key;       /* made when first searched */
  char         *district;
  MgReservation reserved;
  int           given_status;     /* an MgSeatStatus, or -1 */
  guint         round_current;
  guint         round_total;      /* 0: no round given */
  guint64       electors;         /* 0: not given */
  gint64        nota;             /* -1: not given */
  char         *previous_party;
  gint64        previous_margin;  /* -1: not given */
  MgObjectList *candidates;

  /* Derived from the candidates */
  int           leader;           /* a position, or -1 (none, or a tie) */
  int           runner_up;
  guint64       total_votes;      /* the candidates' and NOTA's */
};

G_DEFINE_FINAL_TYPE (MgConstituency, mg_constituency, G_TYPE_OBJECT)

enum {
  CHANGED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

/* The leader is the candidate with the most votes, when strictly ahead;
 * the runner-up the next. */
static void
derive (MgConstituency *self)
{
  guint n = mg_constituency_get_n_candidates (self);
  guint64 best = 0, second = 0;
  int first = -1, next = -1;
  gboolean tie = FALSE;

  self->total_votes = self->nota > 0 ? (guint64) self->nota : 0;
  for (guint i = 0; i < n; i++)
    {
      guint64 votes = mg_candidate_get_votes (mg_constituency_get_candidate (self, i));

      self->total_votes += votes;
      if (first < 0 || votes > best)
        {
          second = best;
          next = first;
          best = votes;
          first = (int) i;
          tie = FALSE;
        }
      else if (votes == best)
        {
          tie = TRUE;
          second = votes;
          next = (int) i;
        }
      else if (next < 0 || votes > second)
        {
          second = votes;
          next = (int) i;
        }
    }
  self->leader = tie ? -1 : first;
  self->runner_up = next;
}

static void
mg_constituency_finalize (GObject *object)
{
  MgConstituency *self = MG_CONSTITUENCY (object);

  g_free (self->name);
  g_free (self->other_names);
  g_free (self->search_key);
  g_free (self->district);
  g_free (self->previous_party);
  g_clear_object (&self->candidates);

  G_OBJECT_CLASS (mg_constituency_parent_class)->finalize (object);
}

static void
mg_constituency_class_init (MgConstituencyClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = mg_constituency_finalize;

  /**
   * MgConstituency::changed:
   *
   * An update changed something of the constituency.
   */
  signals[CHANGED] = g_signal_new ("changed", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0,
                                   NULL, NULL, NULL, G_TYPE_NONE, 0);
}

static void
mg_constituency_init (MgConstituency *self)
{
  self->given_status = -1;
  self->nota = -1;
  self->previous_margin = -1;
  self->leader = self->runner_up = -1;
  self->candidates = mg_object_list_new (MG_TYPE_CANDIDATE);
}

/**
 * mg_constituency_new:
 *
 * Returns: (transfer full): constituency number @number, with no candidates
 */
MgConstituency *
mg_constituency_new (guint       number,
                     const char *name)
{
  MgConstituency *self;

  g_return_val_if_fail (name != NULL, NULL);

  self = g_object_new (MG_TYPE_CONSTITUENCY, NULL);
  self->number = number;
  self->name = g_strdup (name);
  return self;
}

guint
mg_constituency_get_number (MgConstituency *self)
{
  g_return_val_if_fail (MG_IS_CONSTITUENCY (self), 0);
  return self->number;
}

const char *
mg_constituency_get_name (MgConstituency *self)
{
  g_return_val_if_fail (MG_IS_CONSTITUENCY (self), NULL);
  return self->name;
}

/**
 * mg_constituency_take_other_names:
 * @names: (transfer full) (nullable): the seat's name in the feed's other
 *   languages, a line each
 */
void
mg_constituency_take_other_names (MgConstituency *self,
                                  char           *names)
{
  g_return_if_fail (MG_IS_CONSTITUENCY (self));
  g_free (self->other_names);
  self->other_names = names;
  g_clear_pointer (&self->search_key, g_free);
}

/* Returns: (nullable): the name in the feed's other languages, a line each */
const char *
mg_constituency_get_other_names (MgConstituency *self)
{
  g_return_val_if_fail (MG_IS_CONSTITUENCY (self), NULL);
  return self->other_names;
}

/**
 * mg_constituency_get_search_key:
 *
 * What a search by name looks in: the name in every language the feed
 * gives, a line each, folded as mg_text_fold_for_search() folds the
 * search. Made once, when first asked, not at every keystroke.
 *
 * Returns: (transfer none): the folded names
 */
const char *
mg_constituency_get_search_key (MgConstituency *self)
{
  g_return_val_if_fail (MG_IS_CONSTITUENCY (self), NULL);

  if (self->search_key == NULL)
    {
      g_autofree char *names = g_strconcat (self->name, "\n", self->other_names, NULL);

      self->search_key = mg_text_fold_for_search (names);
    }
  return self->search_key;
}

MgReservation
mg_constituency_get_reserved (MgConstituency *self)
{
  g_return_val_if_fail (MG_IS_CONSTITUENCY (self), MG_RESERVED_NONE);
  return self->reserved;
}

void
mg_constituency_set_reserved (MgConstituency *self,
                              MgReservation   reserved)
{
  g_return_if_fail (MG_IS_CONSTITUENCY (self));
  self->reserved = reserved;
}

/* Returns: (nullable): the district, when the feed gives it */
const char *
mg_constituency_get_district (MgConstituency *self)
{
  g_return_val_if_fail (MG_IS_CONSTITUENCY (self), NULL);
  return self->district;
}

void
mg_constituency_set_district (MgConstituency *self,
                              const char     *district)
{
  g_return_if_fail (MG_IS_CONSTITUENCY (self));
  g_free (self->district);
  self->district = g_strdup (district);
}

/* The status the feed gives, an #MgSeatStatus, or -1 to derive it. */
void
mg_constituency_set_given_status (MgConstituency *self,
                                  int             status)
{
  g_return_if_fail (MG_IS_CONSTITUENCY (self));
  self->given_status = status;
}

/**
 * mg_constituency_get_status:
 *
 * Returns: the status the feed gives; without one, counting when any votes
 *   are in and pending otherwise
 */
MgSeatStatus
mg_constituency_get_status (MgConstituency *self)
{
  g_return_val_if_fail (MG_IS_CONSTITUENCY (self), MG_SEAT_STATUS_PENDING);

  if (self->given_status >= 0)
    return (MgSeatStatus) self->given_status;
  return self->total_votes > 0 ? MG_SEAT_STATUS_COUNTING : MG_SEAT_STATUS_PENDING;
}

void
mg_constituency_set_round (MgConstituency *self,
                           guint           current,
                           guint           total)
{
  g_return_if_fail (MG_IS_CONSTITUENCY (self));
  g_return_if_fail (current <= total);
  self->round_current = current;
  self->round_total = total;
}

/* Returns: whether the feed gives the round of counting */
gboolean
mg_constituency_get_round (MgConstituency *self,
                           guint          *current,
                           guint          *total)
{
  g_return_val_if_fail (MG_IS_CONSTITUENCY (self), FALSE);

  if (current != NULL)
    *current = self->round_current;
  if (total != NULL)
    *total = self->round_total;
  return self->round_total > 0;
}

/* Returns: the registered electors, 0 when not given */
guint64
mg_constituency_get_electors (MgConstituency *self)
{
  g_return_val_if_fail (MG_IS_CONSTITUENCY (self), 0);
  return self->electors;
}

void
mg_constituency_set_electors (MgConstituency *self,
                              guint64         electors)
{
  g_return_if_fail (MG_IS_CONSTITUENCY (self));
  self->electors = electors;
}

/* Returns: votes for None of the Above, -1 when not given */
gint64
mg_constituency_get_nota (MgConstituency *self)
{
  g_return_val_if_fail (MG_IS_CONSTITUENCY (self), -1);
  return self->nota;
}

void
mg_constituency_set_nota (MgConstituency *self,
                          gint64          nota)
{
  g_return_if_fail (MG_IS_CONSTITUENCY (self));
  self->nota = nota;
  derive (self);
}

/* Returns: (nullable): the id of the party that held the seat */
const char *
mg_constituency_get_previous_party (MgConstituency *self)
{
  g_return_val_if_fail (MG_IS_CONSTITUENCY (self), NULL);
  return self->previous_party;
}

/* Returns: the previous winner's margin, -1 when not given */
gint64
mg_constituency_get_previous_margin (MgConstituency *self)
{
  g_return_val_if_fail (MG_IS_CONSTITUENCY (self), -1);
  return self->previous_margin;
}

void
mg_constituency_set_previous (MgConstituency *self,
                              const char     *party_id,
                              gint64          margin)
{
  g_return_if_fail (MG_IS_CONSTITUENCY (self));
  g_free (self->previous_party);
  self->previous_party = g_strdup (party_id);
  self->previous_margin = margin;
}

void
mg_constituency_set_candidates (MgConstituency  *self,
                                MgCandidate    **candidates,
                                guint            n_candidates)
{
  g_return_if_fail (MG_IS_CONSTITUENCY (self));

  mg_object_list_splice (self->candidates, 0, mg_constituency_get_n_candidates (self),
                         (gpointer *) candidates, n_candidates);
  derive (self);
}

/* Returns: (transfer none): the candidates, in the feed's order */
GListModel *
mg_constituency_get_candidates (MgConstituency *self)
{
  g_return_val_if_fail (MG_IS_CONSTITUENCY (self), NULL);
  return G_LIST_MODEL (self->candidates);
}

guint
mg_constituency_get_n_candidates (MgConstituency *self)
{
  g_return_val_if_fail (MG_IS_CONSTITUENCY (self), 0);
  return g_list_model_get_n_items (G_LIST_MODEL (self->candidates));
}

/* Returns: (transfer none): the candidate at @position */
MgCandidate *
mg_constituency_get_candidate (MgConstituency *self,
                               guint           position)
{
  g_return_val_if_fail (MG_IS_CONSTITUENCY (self), NULL);
  return mg_object_list_peek (self->candidates, position);
}

/* Returns: (transfer none) (nullable): the candidate strictly ahead, none
 *   when nobody is (no candidates, or a tie at the top) */
MgCandidate *
mg_constituency_get_leader (MgConstituency *self)
{
  g_return_val_if_fail (MG_IS_CONSTITUENCY (self), NULL);
  return self->leader >= 0 ? mg_constituency_get_candidate (self, (guint) self->leader) : NULL;
}

/* Returns: (transfer none) (nullable): the candidate with the next most
 *   votes (one of the tied, in a tie) */
MgCandidate *
mg_constituency_get_runner_up (MgConstituency *self)
{
  g_return_val_if_fail (MG_IS_CONSTITUENCY (self), NULL);
  return self->runner_up >= 0 ? mg_constituency_get_candidate (self, (guint) self->runner_up)
                              : NULL;
}

/* Returns: the leader's lead over the runner-up (all its votes when it is
 *   alone), 0 without a leader */
guint64
mg_constituency_get_margin (MgConstituency *self)
{
  MgCandidate *leader, *runner_up;

  g_return_val_if_fail (MG_IS_CONSTITUENCY (self), 0);

  if ((leader = mg_constituency_get_leader (self)) == NULL)
    return 0;
  runner_up = mg_constituency_get_runner_up (self);
  return mg_candidate_get_votes (leader) - (runner_up ? mg_candidate_get_votes (runner_up) : 0);
}

/* Returns: the margin as a percentage of all votes, -1 with no votes */
double
mg_constituency_get_margin_share (MgConstituency *self)
{
  g_return_val_if_fail (MG_IS_CONSTITUENCY (self), -1);

  if (self->total_votes == 0)
    return -1;
  return 100.0 * (double) mg_constituency_get_margin (self) / (double) self->total_votes;
}

/* Returns: the votes of every candidate and NOTA */
guint64
mg_constituency_get_total_votes (MgConstituency *self)
{
  g_return_val_if_fail (MG_IS_CONSTITUENCY (self), 0);
  return self->total_votes;
}

/* Returns: @candidate's percentage of all votes, -1 with no votes */
double
mg_constituency_get_share (MgConstituency *self,
                           MgCandidate    *candidate)
{
  g_return_val_if_fail (MG_IS_CONSTITUENCY (self), -1);
  g_return_val_if_fail (MG_IS_CANDIDATE (candidate), -1);

  if (self->total_votes == 0)
    return -1;
  return 100.0 * (double) mg_candidate_get_votes (candidate) / (double) self->total_votes;
}

/* Returns: votes cast as a percentage of electors, -1 when not known */
double
mg_constituency_get_turnout (MgConstituency *self)
{
  g_return_val_if_fail (MG_IS_CONSTITUENCY (self), -1);

  if (self->electors == 0)
    return -1;
  return 100.0 * (double) self->total_votes / (double) self->electors;
}

static gboolean
same_candidates (MgConstituency *a,
                 MgConstituency *b)
{
  guint n = mg_constituency_get_n_candidates (a);

  if (n != mg_constituency_get_n_candidates (b))
    return FALSE;
  for (guint i = 0; i < n; i++)
    {
      MgCandidate *x = mg_constituency_get_candidate (a, i);
      MgCandidate *y = mg_constituency_get_candidate (b, i);

      if (mg_candidate_get_votes (x) != mg_candidate_get_votes (y) ||
          mg_candidate_get_postal (x) != mg_candidate_get_postal (y) ||
          g_strcmp0 (mg_candidate_get_name (x), mg_candidate_get_name (y)) != 0 ||
          g_strcmp0 (mg_candidate_get_party_id (x), mg_candidate_get_party_id (y)) != 0)
        return FALSE;
    }
  return TRUE;
}

/**
 * mg_constituency_update_from:
 * @other: the same constituency (by number) in newer results
 *
 * Takes @other's values, keeping this object, and says "changed" if any
 * differ.
 *
 * Returns: %TRUE if anything changed
 */
gboolean
mg_constituency_update_from (MgConstituency *self,
                             MgConstituency *other)
{
  gboolean changed;

  g_return_val_if_fail (MG_IS_CONSTITUENCY (self), FALSE);
  g_return_val_if_fail (MG_IS_CONSTITUENCY (other), FALSE);

  changed = g_strcmp0 (self->name, other->name) != 0 ||
            g_strcmp0 (self->other_names, other->other_names) != 0 ||
            g_strcmp0 (self->district, other->district) != 0 ||
            self->reserved != other->reserved || self->given_status != other->given_status ||
            self->round_current != other->round_current ||
            self->round_total != other->round_total || self->electors != other->electors ||
            self->nota != other->nota ||
            g_strcmp0 (self->previous_party, other->previous_party) != 0 ||
            self->previous_margin != other->previous_margin || !same_candidates (self, other);
  if (!changed)
    return FALSE;

  if (g_strcmp0 (self->name, other->name) != 0 || g_strcmp0 (self->other_names, other->other_names) != 0)
    {
      g_free (self->name);
      self->name = g_strdup (other->name);
      mg_constituency_take_other_names (self, g_strdup (other->other_names));
    }
  mg_constituency_set_district (self, other->district);
  self->reserved = other->reserved;
  self->given_status = other->given_status;
  self->round_current = other->round_current;
  self->round_total = other->round_total;
  self->electors = other->electors;
  self->nota = other->nota;
  mg_constituency_set_previous (self, other->previous_party, other->previous_margin);
  if (!same_candidates (self, other))
    {
      guint n = mg_constituency_get_n_candidates (other);
      g_autofree MgCandidate **items = g_new (MgCandidate *, MAX (n, 1));

      for (guint i = 0; i < n; i++)
        items[i] = mg_constituency_get_candidate (other, i);
      mg_object_list_splice (self->candidates, 0, mg_constituency_get_n_candidates (self),
                             (gpointer *) items, n);
    }
  derive (self);
  g_signal_emit (self, signals[CHANGED], 0);
  return TRUE;
}
