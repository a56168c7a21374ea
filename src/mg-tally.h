/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "mg-types.h"

G_BEGIN_DECLS

#define MG_TALLY_HOUSE_ID "house"

MgStateResult *mg_tally_house       (MgElection    *election);
MgStateResult *mg_tally_by_alliance (MgElection    *election,
                                     MgStateResult *state);

G_END_DECLS
