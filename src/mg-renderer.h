/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

gboolean mg_renderer_gl_is_software (void);
void     mg_renderer_choose         (void);

G_END_DECLS
