#pragma once

#include "result.h"

namespace lectern {

class LibraryStore;

// Fills an empty library with the demo content shipped in the program: the
// union's interview, its universities, recommended reading and a short user
// guide in English, Chinese and Ukrainian.
Status fillDemoLibrary(LibraryStore &store);

} // namespace lectern
