// Deliberately includes a Qt header with only the core's build settings: the
// layering test expects this to FAIL to compile (core links no Qt module).
#include "evaluate.h"
#include <QString>

int probe()
{
    return QString().size();
}
