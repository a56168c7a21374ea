/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "mg-election"

#include "config.h"

#include "mg-alliance.h"
#include "mg-article.h"
#include "mg-election.h"
#include "mg-state-result.h"

/* A whole feed: the states being counted and the stories about them. */
struct _MgElection
{
  GObject     parent_instance;

  GDateTime  *updated;
  char       *time_zone;
  char       *source_name;
  char       *source_url;
  GListStore *states;
  GListStore *articles;
  GListStore *alliances;
  char       *house_name;  /* %NULL: the states are not one house */
  guint       house_seats;
  guint       house_majority;
};

G_DEFINE_FINAL_TYPE (MgElection, mg_election, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_UPDATED,
  PROP_STATES,
  PROP_ARTICLES,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
mg_election_dispose (GObject *object)
{
  MgElection *self = MG_ELECTION (object);

  g_clear_object (&self->states);
  g_clear_object (&self->articles);
  g_clear_object (&self->alliances);

  G_OBJECT_CLASS (mg_election_parent_class)->dispose (object);
}

static void
mg_election_finalize (GObject *object)
{
  MgElection *self = MG_ELECTION (object);

  g_clear_pointer (&self->updated, g_date_time_unref);
  g_clear_pointer (&self->time_zone, g_free);
  g_clear_pointer (&self->source_name, g_free);
  g_clear_pointer (&self->source_url, g_free);
  g_clear_pointer (&self->house_name, g_free);

  G_OBJECT_CLASS (mg_election_parent_class)->finalize (object);
}

static void
mg_election_get_property (GObject    *object,
                          guint       prop_id,
                          GValue     *value,
                          GParamSpec *pspec)
{
  MgElection *self = MG_ELECTION (object);

  switch (prop_id)
    {
    case PROP_UPDATED:
      g_value_set_boxed (value, self->updated);
      break;
    case PROP_STATES:
      g_value_set_object (value, self->states);
      break;
    case PROP_ARTICLES:
      g_value_set_object (value, self->articles);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
mg_election_class_init (MgElectionClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->dispose = mg_election_dispose;
  object_class->finalize = mg_election_finalize;
  object_class->get_property = mg_election_get_property;

  properties[PROP_UPDATED] =
    g_param_spec_boxed ("updated", NULL, NULL, G_TYPE_DATE_TIME,
                        G_PARAM_READABLE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);
  properties[PROP_STATES] =
    g_param_spec_object ("states", NULL, NULL, G_TYPE_LIST_MODEL,
                         G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  properties[PROP_ARTICLES] =
    g_param_spec_object ("articles", NULL, NULL, G_TYPE_LIST_MODEL,
                         G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
mg_election_init (MgElection *self)
{
  self->states = g_list_store_new (MG_TYPE_STATE_RESULT);
  self->articles = g_list_store_new (MG_TYPE_ARTICLE);
  self->alliances = g_list_store_new (MG_TYPE_ALLIANCE);
}

MgElection *
mg_election_new (void)
{
  return g_object_new (MG_TYPE_ELECTION, NULL);
}

/**
 * mg_election_get_updated:
 *
 * Returns: (transfer none) (nullable): when the feed says it was last updated
 */
GDateTime *
mg_election_get_updated (MgElection *self)
{
  g_return_val_if_fail (MG_IS_ELECTION (self), NULL);
  return self->updated;
}

void
mg_election_set_updated (MgElection *self,
                         GDateTime  *updated)
{
  g_return_if_fail (MG_IS_ELECTION (self));

  if (self->updated == updated ||
      (self->updated != NULL && updated != NULL && g_date_time_equal (self->updated, updated)))
    return;
  g_clear_pointer (&self->updated, g_date_time_unref);
  self->updated = updated ? g_date_time_ref (updated) : NULL;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_UPDATED]);
}

const char *
mg_election_get_source_name (MgElection *self)
{
  g_return_val_if_fail (MG_IS_ELECTION (self), NULL);
  return self->source_name;
}

const char *
mg_election_get_source_url (MgElection *self)
{
  g_return_val_if_fail (MG_IS_ELECTION (self), NULL);
  return self->source_url;
}

void
mg_election_set_source (MgElection *self,
                        const char *name,
                        const char *url)
{
  g_return_if_fail (MG_IS_ELECTION (self));

  g_free (self->source_name);
  self->source_name = g_strdup (name);
  g_free (self->source_url);
  self->source_url = g_strdup (url);
}

/**
 * mg_election_get_states:
 *
 * Returns: (transfer none): a #GListModel of #MgStateResult in feed order
 */
GListModel *
mg_election_get_states (MgElection *self)
{
  g_return_val_if_fail (MG_IS_ELECTION (self), NULL);
  return G_LIST_MODEL (self->states);
}

guint
mg_election_get_n_states (MgElection *self)
{
  g_return_val_if_fail (MG_IS_ELECTION (self), 0);
  return g_list_model_get_n_items (G_LIST_MODEL (self->states));
}

/**
 * mg_election_get_state:
 *
 * Returns: (transfer none) (nullable): the state at @position
 */
MgStateResult *
mg_election_get_state (MgElection *self,
                       guint       position)
{
  g_autoptr (MgStateResult) state = NULL;

  g_return_val_if_fail (MG_IS_ELECTION (self), NULL);

  /* The store keeps its own reference. */
  state = g_list_model_get_item (G_LIST_MODEL (self->states), position);
  return state;
}

/**
 * mg_election_find_state:
 * @position: (out) (optional): where the state is in the list
 *
 * Returns: (transfer none) (nullable): the state with @id
 */
MgStateResult *
mg_election_find_state (MgElection *self,
                        const char *id,
                        guint      *position)
{
  guint n;

  g_return_val_if_fail (MG_IS_ELECTION (self), NULL);

  if (id == NULL)
    return NULL;

  n = mg_election_get_n_states (self);
  for (guint i = 0; i < n; i++)
    {
      MgStateResult *state = mg_election_get_state (self, i);

      if (g_strcmp0 (mg_state_result_get_id (state), id) == 0)
        {
          if (position != NULL)
            *position = i;
          return state;
        }
    }
  return NULL;
}

/**
 * mg_election_set_states:
 * @states: (array length=n_states): the states in feed order
 *
 * Replaces the state list in one change.
 */
void
mg_election_set_states (MgElection     *self,
                        MgStateResult **states,
                        guint           n_states)
{
  g_return_if_fail (MG_IS_ELECTION (self));

  g_list_store_splice (self->states, 0, mg_election_get_n_states (self), (gpointer *) states,
                       n_states);
}

/**
 * mg_election_set_articles:
 * @articles: (array length=n_articles): the stories in feed order
 *
 * Replaces the story list in one change.
 */
void
mg_election_set_articles (MgElection  *self,
                          MgArticle  **articles,
                          guint        n_articles)
{
  g_return_if_fail (MG_IS_ELECTION (self));

  g_list_store_splice (self->articles, 0, g_list_model_get_n_items (G_LIST_MODEL (self->articles)),
                       (gpointer *) articles, n_articles);
}

/**
 * mg_election_get_articles:
 *
 * Returns: (transfer none): a #GListModel of #MgArticle in feed order
 */
GListModel *
mg_election_get_articles (MgElection *self)
{
  g_return_val_if_fail (MG_IS_ELECTION (self), NULL);
  return G_LIST_MODEL (self->articles);
}

void
mg_election_append_article (MgElection *self,
                            MgArticle  *article)
{
  g_return_if_fail (MG_IS_ELECTION (self));
  g_return_if_fail (MG_IS_ARTICLE (article));

  g_list_store_append (self->articles, article);
}

/* Copies the states of @other from @position on that this election does
 * not have, up to the first it has, into it at @position at once.
 * Returns: how many were added (at least one) */
static guint
insert_new_states (MgElection *self,
                   MgElection *other,
                   guint       position)
{
  g_autoptr (GPtrArray) copies = g_ptr_array_new_with_free_func (g_object_unref);
  guint n_other = mg_election_get_n_states (other);

  for (guint i = position; i < n_other; i++)
    {
      MgStateResult *incoming = mg_election_get_state (other, i);
      MgStateResult *copy;

      if (i > position && mg_election_find_state (self, mg_state_result_get_id (incoming), NULL) != NULL)
        break;
      /* A copy, never @other's own state: @other may be kept (as the
       * feed's latest results, say) and shown again after this model
       * has been updated in place from others. */
      copy = mg_state_result_new (mg_state_result_get_id (incoming));
      mg_state_result_update_from (copy, incoming);
      g_ptr_array_add (copies, copy);
    }
  g_list_store_splice (self->states, position, 0, copies->pdata, copies->len);
  return copies->len;
}

/**
 * mg_election_update_from:
 * @other: a newer parse of the feed
 *
 * Applies @other in place: states with the same id keep their objects and
 * take the new values; new states are inserted and vanished ones removed, in
 * @other's order. Articles are replaced when they differ.
 *
 * Returns: %TRUE if anything changed
 */
/* The alliances and the house of @other, when they differ. */
static gboolean
update_alliances_and_house (MgElection *self,
                            MgElection *other)
{
  guint n = g_list_model_get_n_items (G_LIST_MODEL (other->alliances));
  gboolean same = n == g_list_model_get_n_items (G_LIST_MODEL (self->alliances));
  gboolean changed = FALSE;

  for (guint i = 0; same && i < n; i++)
    {
      g_autoptr (MgAlliance) a = g_list_model_get_item (G_LIST_MODEL (self->alliances), i);
      g_autoptr (MgAlliance) b = g_list_model_get_item (G_LIST_MODEL (other->alliances), i);

      same = mg_alliance_equal (a, b);
    }
  if (!same)
    {
      g_autoptr (GPtrArray) copy = g_ptr_array_new_with_free_func (g_object_unref);

      for (guint i = 0; i < n; i++)
        g_ptr_array_add (copy, g_list_model_get_item (G_LIST_MODEL (other->alliances), i));
      g_list_store_splice (self->alliances, 0, g_list_model_get_n_items (G_LIST_MODEL (self->alliances)),
                           copy->pdata, copy->len);
      changed = TRUE;
    }
  if (g_strcmp0 (self->house_name, other->house_name) != 0 || self->house_seats != other->house_seats ||
      self->house_majority != other->house_majority)
    {
      mg_election_set_house (self, other->house_name, other->house_seats, other->house_majority);
      changed = TRUE;
    }
  return changed;
}

gboolean
mg_election_update_from (MgElection *self,
                         MgElection *other)
{
  gboolean changed = FALSE;
  guint n_other;

  g_return_val_if_fail (MG_IS_ELECTION (self), FALSE);
  g_return_val_if_fail (MG_IS_ELECTION (other), FALSE);

  changed |= update_alliances_and_house (self, other);
  n_other = mg_election_get_n_states (other);
  for (guint i = 0; i < n_other; i++)
    {
      MgStateResult *incoming = mg_election_get_state (other, i);
      guint pos;
      MgStateResult *existing = mg_election_find_state (self, mg_state_result_get_id (incoming), &pos);

      if (existing == NULL)
        {
          /* New states come in as one change, not one per state: each
           * change is a round of work for every view of the list. */
          guint added = insert_new_states (self, other, i);

          i += added - 1;
          changed = TRUE;
          continue;
        }
      if (pos != i)
        {
          g_autoptr (MgStateResult) keep = g_object_ref (existing);

          g_list_store_remove (self->states, pos);
          g_list_store_insert (self->states, i, keep);
          changed = TRUE;
        }
      changed |= mg_state_result_update_from (existing, incoming);
    }
  if (mg_election_get_n_states (self) > n_other)
    {
      g_list_store_splice (self->states, n_other, mg_election_get_n_states (self) - n_other,
                           NULL, 0);
      changed = TRUE;
    }

  mg_election_set_source (self, other->source_name, other->source_url);
  if (self->updated != other->updated &&
      !(self->updated && other->updated && g_date_time_equal (self->updated, other->updated)))
    changed = TRUE;
  mg_election_set_updated (self, other->updated);
  if (g_strcmp0 (self->time_zone, other->time_zone) != 0)
    {
      mg_election_set_time_zone (self, other->time_zone);
      changed = TRUE;
    }

  /* Articles carry no live bindings: replace them wholesale, last, so that
   * their views find the election's time and zone already updated. */
  {
    guint n = g_list_model_get_n_items (G_LIST_MODEL (other->articles));
    g_autoptr (GPtrArray) items = g_ptr_array_new_with_free_func (g_object_unref);

    for (guint i = 0; i < n; i++)
      g_ptr_array_add (items, g_list_model_get_item (G_LIST_MODEL (other->articles), i));
    g_list_store_splice (self->articles, 0,
                         g_list_model_get_n_items (G_LIST_MODEL (self->articles)),
                         items->pdata, items->len);
  }

  return changed;
}

/**
 * mg_election_set_time_zone:
 * @time_zone: (nullable): an IANA time zone identifier, "Asia/Kolkata"
 *
 * The zone the results' times are shown in (a feed's `timezone`).
 */
void
mg_election_set_time_zone (MgElection *self,
                           const char *time_zone)
{
  g_return_if_fail (MG_IS_ELECTION (self));

  g_free (self->time_zone);
  self->time_zone = g_strdup (time_zone);
}

/**
 * mg_election_get_time_zone:
 *
 * Returns: (nullable): the feed's time zone identifier, if it gave one
 */
const char *
mg_election_get_time_zone (MgElection *self)
{
  g_return_val_if_fail (MG_IS_ELECTION (self), NULL);
  return self->time_zone;
}

/**
 * mg_election_dup_display_zone:
 *
 * The zone the election's times are shown in, whatever the machine's:
 * the feed's time zone; without one, the zone of the feed's own `updated`
 * offset; without that, %NULL (the user's zone).
 *
 * Returns: (transfer full) (nullable): the zone
 */
GTimeZone *
mg_election_dup_display_zone (MgElection *self)
{
  g_return_val_if_fail (MG_IS_ELECTION (self), NULL);

  if (self->time_zone != NULL)
    return g_time_zone_new_identifier (self->time_zone);
  if (self->updated != NULL)
    return g_time_zone_new_offset ((gint32) (g_date_time_get_utc_offset (self->updated) /
                                             G_TIME_SPAN_SECOND));
  return NULL;
}

static MgMilestoneFlags
milestones_of (MgStateResult *state)
{
  return (mg_state_result_get_majority_reached (state) ? MG_MILESTONE_MAJORITY : 0) |
         (mg_state_result_get_status (state) == MG_STATE_STATUS_FINAL ? MG_MILESTONE_FINAL : 0);
}

/**
 * mg_election_find_milestones:
 * @next: the results that are to replace these
 *
 * Compares each state of @next with the state of the same id here and
 * says which milestones it reaches that it had not: the leader crossing
 * the majority mark, the count becoming final. States new in @next reach
 * nothing: nobody was following them.
 *
 * Returns: (transfer full) (element-type MgMilestone): the states of @next
 *   (not referenced) that reach a milestone, in @next's order
 */
GArray *
mg_election_find_milestones (MgElection *self,
                             MgElection *next)
{
  GArray *found;

  g_return_val_if_fail (MG_IS_ELECTION (self), NULL);
  g_return_val_if_fail (MG_IS_ELECTION (next), NULL);

  found = g_array_new (FALSE, FALSE, sizeof (MgMilestone));
  for (guint i = 0; i < mg_election_get_n_states (next); i++)
    {
      MgStateResult *state = mg_election_get_state (next, i);
      MgStateResult *before = mg_election_find_state (self, mg_state_result_get_id (state), NULL);
      MgMilestone milestone = { state, 0 };

      if (before == NULL)
        continue;
      milestone.reached = milestones_of (state) & ~milestones_of (before);
      if (milestone.reached != 0)
        g_array_append_val (found, milestone);
    }
  return found;
}

/**
 * mg_election_set_alliances:
 * @alliances: (array length=n_alliances): the feed's alliances, in its order
 */
void
mg_election_set_alliances (MgElection  *self,
                           MgAlliance **alliances,
                           guint        n_alliances)
{
  g_return_if_fail (MG_IS_ELECTION (self));
  g_list_store_splice (self->alliances, 0, g_list_model_get_n_items (G_LIST_MODEL (self->alliances)),
                       (gpointer *) alliances, n_alliances);
}

/* Returns: (transfer none): the alliances, a GListModel of MgAlliance */
GListModel *
mg_election_get_alliances (MgElection *self)
{
  g_return_val_if_fail (MG_IS_ELECTION (self), NULL);
  return G_LIST_MODEL (self->alliances);
}

/* The first alliance for which @match is true of @key. */
static MgAlliance *
find_alliance (MgElection  *self,
               gboolean   (*match) (MgAlliance *alliance,
                                    const char *key),
               const char  *key)
{
  guint n = g_list_model_get_n_items (G_LIST_MODEL (self->alliances));

  for (guint i = 0; i < n; i++)
    {
      MgAlliance *alliance = g_list_model_get_item (G_LIST_MODEL (self->alliances), i);

      g_object_unref (alliance);  /* the store keeps it */
      if (match (alliance, key))
        return alliance;
    }
  return NULL;
}

static gboolean
has_id (MgAlliance *alliance,
        const char *id)
{
  return g_strcmp0 (mg_alliance_get_id (alliance), id) == 0;
}

/* Returns: (transfer none) (nullable): the alliance of id @id */
MgAlliance *
mg_election_find_alliance (MgElection *self,
                           const char *id)
{
  g_return_val_if_fail (MG_IS_ELECTION (self), NULL);
  return find_alliance (self, has_id, id);
}

/* Returns: (transfer none) (nullable): the alliance @party_id is in */
MgAlliance *
mg_election_find_alliance_of (MgElection *self,
                              const char *party_id)
{
  g_return_val_if_fail (MG_IS_ELECTION (self), NULL);
  return find_alliance (self, mg_alliance_has_party, party_id);
}

/**
 * mg_election_set_house:
 * @name: (nullable): the house's name; %NULL when the states are not one
 * @majority: seats for a majority, or 0 for more than half
 */
void
mg_election_set_house (MgElection *self,
                       const char *name,
                       guint       seats,
                       guint       majority)
{
  g_return_if_fail (MG_IS_ELECTION (self));

  g_free (self->house_name);
  self->house_name = g_strdup (name);
  self->house_seats = name != NULL ? seats : 0;
  self->house_majority = name != NULL ? (majority != 0 ? majority : seats / 2 + 1) : 0;
}

/* Returns: (nullable): the house's name, or %NULL when the states are not
 * one house */
const char *
mg_election_get_house_name (MgElection *self)
{
  g_return_val_if_fail (MG_IS_ELECTION (self), NULL);
  return self->house_name;
}

guint
mg_election_get_house_seats (MgElection *self)
{
  g_return_val_if_fail (MG_IS_ELECTION (self), 0);
  return self->house_seats;
}

guint
mg_election_get_house_majority (MgElection *self)
{
  g_return_val_if_fail (MG_IS_ELECTION (self), 0);
  return self->house_majority;
}
