/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "mg-object-list"

#include "config.h"

#include <string.h>

#include "mg-object-list.h"

/* A GListModel over an array. GListStore keeps its items in a GSequence,
 * a balanced tree: every get_item() is a tree walk and a reference. The
 * model code reads every party of a state for each derived figure, and the
 * parser builds thousands of lists, so an array is what suits it. */
struct _MgObjectList
{
  GObject    parent_instance;

  GType      item_type;
  GPtrArray *items;
};

static void mg_object_list_model_init (GListModelInterface *iface);

G_DEFINE_FINAL_TYPE_WITH_CODE (MgObjectList, mg_object_list, G_TYPE_OBJECT,
                               G_IMPLEMENT_INTERFACE (G_TYPE_LIST_MODEL, mg_object_list_model_init))

static GType
mg_object_list_get_item_type (GListModel *model)
{
  return MG_OBJECT_LIST (model)->item_type;
}

static guint
mg_object_list_get_n_items (GListModel *model)
{
  return MG_OBJECT_LIST (model)->items->len;
}

static gpointer
mg_object_list_get_item (GListModel *model,
                         guint       position)
{
  MgObjectList *self = MG_OBJECT_LIST (model);

  if (position >= self->items->len)
    return NULL;
  return g_object_ref (g_ptr_array_index (self->items, position));
}

static void
mg_object_list_model_init (GListModelInterface *iface)
{
  iface->get_item_type = mg_object_list_get_item_type;
  iface->get_n_items = mg_object_list_get_n_items;
  iface->get_item = mg_object_list_get_item;
}

static void
mg_object_list_dispose (GObject *object)
{
  MgObjectList *self = MG_OBJECT_LIST (object);

  g_ptr_array_set_size (self->items, 0);

  G_OBJECT_CLASS (mg_object_list_parent_class)->dispose (object);
}

static void
mg_object_list_finalize (GObject *object)
{
  MgObjectList *self = MG_OBJECT_LIST (object);

  g_ptr_array_unref (self->items);

  G_OBJECT_CLASS (mg_object_list_parent_class)->finalize (object);
}

static void
mg_object_list_class_init (MgObjectListClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->dispose = mg_object_list_dispose;
  object_class->finalize = mg_object_list_finalize;
}

static void
mg_object_list_init (MgObjectList *self)
{
  self->items = g_ptr_array_new_with_free_func (g_object_unref);
}

/**
 * mg_object_list_new:
 * @item_type: the #GType of the items, a #GObject type
 *
 * Returns: (transfer full): an empty list
 */
MgObjectList *
mg_object_list_new (GType item_type)
{
  MgObjectList *self;

  g_return_val_if_fail (g_type_is_a (item_type, G_TYPE_OBJECT), NULL);

  self = g_object_new (MG_TYPE_OBJECT_LIST, NULL);
  self->item_type = item_type;
  return self;
}

/**
 * mg_object_list_peek:
 *
 * Returns: (transfer none) (nullable): the item at @position, or %NULL
 *   past the end
 */
gpointer
mg_object_list_peek (MgObjectList *self,
                     guint         position)
{
  g_return_val_if_fail (MG_IS_OBJECT_LIST (self), NULL);

  if (position >= self->items->len)
    return NULL;
  return g_ptr_array_index (self->items, position);
}

/**
 * mg_object_list_splice:
 * @additions: (array length=n_additions) (element-type GObject): items to
 *   insert at @position, each of the list's item type
 *
 * Removes @n_removals items at @position and inserts @additions there,
 * emitting #GListModel::items-changed once.
 */
void
mg_object_list_splice (MgObjectList *self,
                       guint         position,
                       guint         n_removals,
                       gpointer     *additions,
                       guint         n_additions)
{
  g_return_if_fail (MG_IS_OBJECT_LIST (self));
  g_return_if_fail (position <= self->items->len);
  g_return_if_fail (n_removals <= self->items->len - position);
  g_return_if_fail (additions != NULL || n_additions == 0);

  for (guint i = 0; i < n_additions; i++)
    g_return_if_fail (g_type_is_a (G_OBJECT_TYPE (additions[i]), self->item_type));

  /* Take the new references first: an item may be both removed and added. */
  for (guint i = 0; i < n_additions; i++)
    g_object_ref (additions[i]);
  if (n_removals > 0)
    g_ptr_array_remove_range (self->items, position, n_removals);
  if (n_additions > 0)
    {
      if (position == self->items->len)
        {
          g_ptr_array_set_size (self->items, (int) (self->items->len + n_additions));
          memcpy (self->items->pdata + position, additions, n_additions * sizeof (gpointer));
        }
      else
        {
          for (guint i = 0; i < n_additions; i++)
            g_ptr_array_insert (self->items, (int) (position + i), additions[i]);
        }
    }

  if (n_removals > 0 || n_additions > 0)
    g_list_model_items_changed (G_LIST_MODEL (self), position, n_removals, n_additions);
}
