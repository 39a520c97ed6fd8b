/** Tests of the evidence packet and the calibration draft, over contributions built by {@link com.gluework.core.career.CareerFixtures}. */
package com.gluework.core.career;
