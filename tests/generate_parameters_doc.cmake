# Writes docs/parameters.md: a fixed header plus `ml-impact-explorer parameters --format markdown`.
execute_process(COMMAND ${BINARY} parameters --format markdown
    OUTPUT_VARIABLE table RESULT_VARIABLE rc)
if(NOT rc EQUAL 0)
    message(FATAL_ERROR "ml-impact-explorer parameters failed: ${rc}")
endif()
file(WRITE ${OUTPUT} "# Scenario parameters\n\n"
    "Generated from the parameter registry (its rows in core/model/parameter_rows_*.cpp) by\n"
    "`cmake --build build --target parameters-doc`; do not edit by hand. The same rows drive\n"
    "validation of scenario files, `--set PATH=VALUE`, and the forms in the window.\n"
    "*Valid* is what a file may contain; *plausible* is the range used for uncertainty analysis.\n"
    "Overrides (valid range shown, default `catalog`) replace the catalog value when set.\n"
    "${table}")
