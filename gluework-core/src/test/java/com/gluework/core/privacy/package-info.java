/** Tests of the pure user-key rewriting rules. */
package com.gluework.core.privacy;
