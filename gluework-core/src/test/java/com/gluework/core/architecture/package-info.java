/** Guards on the shape of the code: what the core may depend on. */
package com.gluework.core.architecture;
