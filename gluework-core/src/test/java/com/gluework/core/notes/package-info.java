/** Tests of the weekly notes' values and rules. */
package com.gluework.core.notes;
